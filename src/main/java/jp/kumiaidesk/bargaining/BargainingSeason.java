package jp.kumiaidesk.bargaining;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/** 交渉期: a bargaining season such as 2026年度 賃金確定闘争; its demands live across its sessions. */
@Entity
@Table(name = "bargaining_season")
class BargainingSeason extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    protected BargainingSeason() {
    }

    BargainingSeason(String name, LocalDate startsOn) {
        this.name = name;
        this.startsOn = startsOn;
    }

    SeasonView toView() {
        return new SeasonView(getId(), name, startsOn);
    }
}
