package jp.kumiaidesk.newsletter;

import java.time.LocalDate;

/** Archive search; every part is optional. */
public record NewsletterQuery(String text, Long seasonId, NewsletterStatus status, LocalDate from, LocalDate to) {

    public static NewsletterQuery all() {
        return new NewsletterQuery(null, null, null, null, null);
    }
}
