package jp.kumiaidesk.newsletter;

/** 下書き → 承認待ち → 承認済み → 発行済み; 差し戻し and 却下 go back to the secretariat. */
public enum NewsletterStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, APPROVED, PUBLISHED;

    public String translationKey() {
        return "newsletter.status." + name().toLowerCase().replace('_', '-');
    }

    /** The secretariat may still change the text (after approval too: that sends it back to review). */
    public boolean editable() {
        return this != PUBLISHED;
    }
}
