package jp.kumiaidesk.bargaining;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jp.kumiaidesk.base.UnionTime;

/**
 * The same-day clock: from the end of a session (its date and end time in Japan) to the publication of its
 * newsletter. A session without an end time counts from the end of its day's office hours (17:15).
 */
public record PublishClock(LocalDate heldOn, LocalTime endsAt, Instant publishedAt) {

    static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 15);

    public Instant ended() {
        return heldOn.atTime(endsAt == null ? OFFICE_CLOSES : endsAt).atZone(UnionTime.ZONE).toInstant();
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** Time from the end to publication, or to {@code now} while the newsletter is not out (never negative). */
    public Duration elapsed(Instant now) {
        Duration d = Duration.between(ended(), published() ? publishedAt : now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Published on the day of the session (Japan time). */
    public boolean sameDay() {
        return published() && publishedAt.atZone(UnionTime.ZONE).toLocalDate().equals(heldOn);
    }

    /** "3時間12分" / "3 h 12 min": hours and minutes, days when it is more than two days. */
    public static String format(Duration d, boolean japanese) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60;
        long mins = minutes % 60;
        if (days >= 2) {
            return japanese ? days + "日" + (hours % 24) + "時間" : days + " d " + (hours % 24) + " h";
        }
        return japanese ? hours + "時間" + mins + "分" : hours + " h " + mins + " min";
    }
}
