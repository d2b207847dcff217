package jp.kumiaidesk.sns;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What the composer edits. {@code postAt} is the intended posting time in Japan's time zone; {@code approveBy} the
 * author's approval deadline (null: the policy's), which may not be after the posting time.
 */
public record DraftForm(String title, String body, String hashtags, Set<Network> networks, String targetAccount,
        LocalDateTime postAt, Long campaignId, List<Long> imageIds, LocalDateTime approveBy) {

    public DraftForm(String title, String body, String hashtags, Set<Network> networks, String targetAccount,
            LocalDateTime postAt, Long campaignId, List<Long> imageIds) {
        this(title, body, hashtags, networks, targetAccount, postAt, campaignId, imageIds, null);
    }

    public static final int TITLE_MAX_LENGTH = 100;
    public static final int BODY_MAX_LENGTH = 10_000;
    public static final int HASHTAGS_MAX_LENGTH = 500;
    public static final int ACCOUNT_MAX_LENGTH = 100;
    public static final int MAX_IMAGES = 10;

    public static DraftForm empty(String defaultAccount) {
        return new DraftForm("", "", "", Set.of(Network.X), defaultAccount, null, null, List.of());
    }
}
