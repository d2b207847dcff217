package jp.kumiaidesk.newsletter;

import java.time.Instant;

/** A newsletter came out: its number, where members read it, when. */
public record NewsletterPublished(long newsletterId, Long sessionId, int year, int number, String headline,
        String lead, String webUrl, Instant publishedAt) {
}
