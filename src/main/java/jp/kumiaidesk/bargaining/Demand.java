package jp.kumiaidesk.bargaining;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/** 要求項目: one demand of a season, answered session after session until it is settled. */
@Entity
@Table(name = "demand")
class Demand extends AbstractEntity {

    @Column(name = "season_id", nullable = false)
    private long seasonId;

    @Column(nullable = false)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Demand() {
    }

    Demand(long seasonId, String title, int sortOrder) {
        this.seasonId = seasonId;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    long getSeasonId() {
        return seasonId;
    }

    String getTitle() {
        return title;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
