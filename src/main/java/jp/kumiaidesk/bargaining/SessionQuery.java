package jp.kumiaidesk.bargaining;

import java.time.LocalDate;

/** Archive search: every part is optional. */
public record SessionQuery(String text, Long seasonId, Long demandId, LocalDate from, LocalDate to) {

    public static SessionQuery all() {
        return new SessionQuery(null, null, null, null, null);
    }
}
