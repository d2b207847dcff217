package jp.kumiaidesk.bargaining;

import java.time.LocalDate;

/** A session in lists and the same-day dashboard. */
public record SessionRow(long id, long seasonId, String seasonName, LocalDate heldOn, SessionKind kind,
        int demandCount, Long newsletterId, PublishClock clock) {
}
