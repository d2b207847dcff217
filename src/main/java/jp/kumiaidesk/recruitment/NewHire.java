package jp.kumiaidesk.recruitment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/**
 * 新規採用者: a person hired in a cohort into a workplace, and where the union's approach to them stands. Name and
 * kana are personal data: they become {@code null} when the cohort is purged, the counts stay.
 */
@Entity
@Table(name = "new_hire")
class NewHire extends AbstractEntity {

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "workplace_id", nullable = false)
    private long workplaceId;

    private String name;

    private String kana;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    private EmploymentType employmentType;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HireRoute route;

    private String recruiter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HireStatus status = HireStatus.NOT_CONTACTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    private DeclineReason declineReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationStage stage = EscalationStage.RECRUITER;

    @Column(name = "next_action_date")
    private LocalDate nextActionDate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NewHire() {
    }

    NewHire(long cohortId, Instant now) {
        this.cohortId = cohortId;
        this.updatedAt = now;
    }

    void apply(HireForm form, Instant now) {
        this.workplaceId = form.workplaceId();
        this.name = form.name();
        this.kana = form.kana();
        this.employmentType = form.employmentType();
        this.hireDate = form.hireDate();
        this.route = form.route();
        this.recruiter = form.recruiter();
        this.stage = form.stage();
        this.nextActionDate = form.nextActionDate();
        setStatus(form.status(), form.declineReason(), now);
    }

    void setStatus(HireStatus status, DeclineReason reason, Instant now) {
        this.status = status;
        this.declineReason = status == HireStatus.DECLINED ? reason : null;
        this.updatedAt = now;
    }

    HireRow toRow(String workplaceName) {
        return new HireRow(getId(), getVersion(), cohortId, workplaceId, workplaceName, name, kana, employmentType,
                hireDate, route, recruiter, status, declineReason, stage, nextActionDate);
    }

    long getCohortId() {
        return cohortId;
    }

    long getWorkplaceId() {
        return workplaceId;
    }

    HireStatus getStatus() {
        return status;
    }
}
