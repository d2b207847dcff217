package jp.kumiaidesk.sns;

import java.util.EnumSet;
import java.util.Set;

/** 下書き → 承認待ち → 承認済み / 差し戻し / 却下 → 投稿済み; 期限切れ when the posting time passed unapproved. */
public enum DraftState {
    DRAFT, IN_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED, POSTED, EXPIRED;

    /** States whose content may still change. */
    public static final Set<DraftState> EDITABLE = EnumSet.of(DRAFT, IN_REVIEW, APPROVED, CHANGES_REQUESTED);

    /** States that expire when their posting time passes without approval. */
    public static final Set<DraftState> UNAPPROVED = EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED);

    public boolean editable() {
        return EDITABLE.contains(this);
    }

    /** The Lumo badge variant the state is shown with: done is green, stopped is red, the rest neutral. */
    public String badgeTheme() {
        return switch (this) {
            case APPROVED, POSTED -> "success";
            case REJECTED, EXPIRED, CHANGES_REQUESTED -> "error";
            default -> "";
        };
    }

    public String labelKey() {
        return "sns.state." + name().toLowerCase().replace('_', '-');
    }
}
