package jp.kumiaidesk.recruitment;

import java.util.List;

/**
 * Where a new hire stands: the approach (未接触 → 説明会参加 → 声かけ済 → 検討中) and one outcome (加入 / 競合加入 /
 * 未加入). Outcomes can be corrected, so every status can move to every other; {@link #next()} is what a recruiter
 * is offered first.
 */
public enum HireStatus {
    NOT_CONTACTED, ATTENDED_BRIEFING, TALKED, CONSIDERING, JOINED, JOINED_COMPETITOR, DECLINED;

    public boolean open() {
        return ordinal() < JOINED.ordinal();
    }

    /** The statuses a recruiter most likely picks next: the later approach steps and every outcome. */
    public List<HireStatus> next() {
        if (!open()) {
            return List.of(CONSIDERING, JOINED, JOINED_COMPETITOR, DECLINED).stream().filter(s -> s != this)
                    .toList();
        }
        return List.of(values()).stream().filter(s -> s.ordinal() > ordinal()).toList();
    }

    public String translationKey() {
        return "hire.status." + name();
    }
}
