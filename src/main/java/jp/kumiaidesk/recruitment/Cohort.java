package jp.kumiaidesk.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/** 採用期: the new hires of one hiring round, e.g. 2026年4月採用 (code {@code 2026-04}). */
@Entity
@Table(name = "cohort")
class Cohort extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "hire_month", nullable = false, updatable = false)
    private LocalDate hireMonth;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "window_start")
    private LocalDate windowStart;

    @Column(name = "window_end")
    private LocalDate windowEnd;

    protected Cohort() {
    }

    Cohort(YearMonth month) {
        this.code = CohortView.code(month);
        this.hireMonth = month.atDay(1);
    }

    YearMonth month() {
        return YearMonth.from(hireMonth);
    }

    /** The recruitment window: as set, or the hire month and the two months after it. */
    FollowUpWindow window() {
        return windowStart == null || windowEnd == null ? FollowUpWindow.defaultFor(month())
                : new FollowUpWindow(windowStart, windowEnd);
    }

    void setWindow(FollowUpWindow window) {
        this.windowStart = window.from();
        this.windowEnd = window.to();
    }

    void markPurged(Instant now) {
        this.purgedAt = now;
    }

    CohortView toView() {
        return new CohortView(getId(), code, month(), purgedAt != null);
    }
}
