package jp.kumiaidesk.newsletter;

/** The members' public addresses: {@code /n/<token>} needs no login; the token is the only secret. */
public final class NewsletterLinks {

    public static final String PREFIX = "/n/";

    private NewsletterLinks() {
    }

    public static String webPath(String token) {
        return PREFIX + token;
    }

    public static String pdfPath(String token) {
        return PREFIX + token + "/newsletter.pdf";
    }

    /** What the outbox files the members' mails of one issue under (their delivery state is shown). */
    public static String mailTopic(long newsletterId) {
        return "newsletter:" + newsletterId;
    }

    static String photoPath(String token, int index) {
        return PREFIX + token + "/photos/" + index;
    }
}
