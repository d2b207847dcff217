package jp.kumiaidesk.newsletter;

import java.time.Instant;

/** A newsletter as its pages show it. {@code number} is {@code null} until it is published. */
public record NewsletterView(long id, long version, Long sessionId, Integer year, Integer number,
        NewsletterStatus status, NewsletterForm form, boolean reapproval, Instant submittedAt, Instant publishedAt,
        String token, boolean revoked, long viewCount, String mailedTo, String createdBy, Instant updatedAt,
        String contentHash) {

    /** The web page can be opened by members. */
    public boolean publicLinkLive() {
        return status == NewsletterStatus.PUBLISHED && token != null && !revoked;
    }

    /** Path of the members' web page (relative to the app's base URL). */
    public String webPath() {
        return token == null ? null : NewsletterLinks.webPath(token);
    }

    public String pdfPath() {
        return token == null ? null : NewsletterLinks.pdfPath(token);
    }
}
