package jp.kumiaidesk.sns;

/**
 * Where a draft can be posted, with the length the network accepts. X counts a weighted length (see
 * {@link PostLength}); Bluesky counts graphemes; the others count characters.
 */
public enum Network {
    X(280), INSTAGRAM(2200), FACEBOOK(63206), LINE(500), THREADS(500), BLUESKY(300), TIKTOK(2200), YOUTUBE(5000);

    private final int limit;

    Network(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /** Translation key of the network's name. */
    public String labelKey() {
        return "sns.network." + name().toLowerCase();
    }
}
