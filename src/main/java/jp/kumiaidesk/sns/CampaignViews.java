package jp.kumiaidesk.sns;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The read and edit models of campaigns (X デモ), as their screens show them. */
public final class CampaignViews {

    private CampaignViews() {
    }

    /** What the campaign form edits. {@code startsAt} is in Japan's time zone. */
    public record CampaignForm(String name, String hashtag, LocalDateTime startsAt, String howTo) {

        public static final int NAME_MAX_LENGTH = 100;
        public static final int HASHTAG_MAX_LENGTH = 100;
        public static final int HOW_TO_MAX_LENGTH = 2000;
    }

    /**
     * One line of the sequence: at {@code at} (start + offset), {@code poster} posts the draft.
     *
     * @param draftPost the text as it will be posted, or null without a draft
     * @param missingHashtags the campaign's hashtags the draft lacks
     */
    public record Step(long id, int offsetMinutes, Instant at, String poster, Long draftId, String draftTitle,
            DraftState draftState, String draftPost, List<String> missingHashtags) {

        public boolean approved() {
            return draftState == DraftState.APPROVED || draftState == DraftState.POSTED;
        }
    }

    public record Banner(long imageId, boolean consentSettled, boolean peoplePictured, String approvedByName,
            Instant approvedAt) {

        public boolean approved() {
            return approvedByName != null;
        }
    }

    /** How far the campaign is from being ready: each as done / total. */
    public record Readiness(int draftsApproved, int steps, int bannersApproved, int banners, int postersAssigned) {

        public boolean ready() {
            return steps > 0 && draftsApproved == steps && postersAssigned == steps && bannersApproved == banners;
        }
    }

    /** A draft of the campaign that is not in the sequence yet, or lacks the hashtag. */
    public record CampaignDraft(long id, String title, DraftState state, List<String> missingHashtags) {
    }

    public record CampaignDetail(long id, long version, CampaignForm form, List<Step> steps, List<Banner> banners,
            List<CampaignDraft> drafts, Readiness readiness) {
    }

    public record CampaignRow(long id, String name, String hashtag, Instant startsAt, Readiness readiness) {
    }
}
