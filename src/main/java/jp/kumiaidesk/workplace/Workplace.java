package jp.kumiaidesk.workplace;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/** 所属: a node of the employer's organisation tree (部局 → 課 → 出先) with its own headcounts. */
@Entity
@Table(name = "workplace")
class Workplace extends AbstractEntity {

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String name;

    @Column(name = "regular_staff", nullable = false)
    private int regularStaff;

    @Column(name = "non_regular_staff", nullable = false)
    private int nonRegularStaff;

    @Column(nullable = false)
    private int members;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "counted_on")
    private LocalDate countedOn;

    protected Workplace() {
    }

    Workplace(Long parentId, int sortOrder) {
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    void apply(WorkplaceForm form) {
        this.name = form.name();
        this.regularStaff = form.regularStaff();
        this.nonRegularStaff = form.nonRegularStaff();
        this.members = form.members();
        this.countedOn = form.countedOn();
    }

    Long getParentId() {
        return parentId;
    }

    String getName() {
        return name;
    }

    int getRegularStaff() {
        return regularStaff;
    }

    int getNonRegularStaff() {
        return nonRegularStaff;
    }

    int getMembers() {
        return members;
    }

    LocalDate getCountedOn() {
        return countedOn;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
