package jp.kumiaidesk.bargaining;

import java.util.List;

/** Every session with its clock, and the share whose newsletter came out the same day. */
public record SameDayReport(List<SessionRow> sessions, int published, int sameDay) {

    /** Same-day share of all sessions, in percent (0 when there are none). */
    public double sameDayPercent() {
        return sessions.isEmpty() ? 0 : 100.0 * sameDay / sessions.size();
    }
}
