package jp.kumiaidesk.sns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.kumiaidesk.approval.ApprovalDecision;
import jp.kumiaidesk.approval.ApprovalStatus;

/** The read models of the SNS feature, as its screens show them. */
public final class SnsViews {

    private SnsViews() {
    }

    /** One line of the drafts list. */
    public record DraftRow(long id, String title, DraftState state, Set<Network> networks, Instant postAt,
            String authorName, Instant updatedAt) {
    }

    /**
     * Everything the composer and the reviewer see about one draft. {@code whyNotReview} is the translation key of
     * why the signed-in executive cannot decide on this version (own draft, own edit, already approved), or null;
     * {@code whoMayApprove} then names the executives who still can (display names), empty otherwise.
     */
    public record DraftDetail(long id, long version, DraftForm form, DraftState state, String author,
            String authorName, String contentHash, int revision, Instant submittedAt, Instant approvedAt,
            Instant postedAt, String postUrl, String updatedByName, Instant updatedAt, ApprovalStatus approval,
            List<ApprovalDecision> decisions, List<Comment> comments, Set<ChecklistItem> myTicks,
            List<Image> images, List<Revision> revisions, boolean canEdit, boolean canReview, String post,
            List<String> missingCampaignHashtags, Correction correction, String whyNotReview,
            List<String> whoMayApprove) {
    }

    /**
     * The handbook's ⑤ (訂正・謝罪): why a posted draft needed a correction and the draft that corrects it, or, on
     * a correction draft, the post it corrects.
     */
    public record Correction(String reason, Long correctedById, Long correctsId, String correctsTitle) {
    }

    public record Image(long id, int width, int height, boolean peoplePictured, String consentByName,
            String consentNote, boolean consentSettled) {
    }

    public record Comment(String authorName, String body, Instant at) {
    }

    public record Revision(int revision, String contentHash, String savedByName, Instant savedAt) {
    }

    /** A piece of a version diff: unchanged, added or removed text. */
    public record DiffPart(Change change, String text) {
        public enum Change {
            SAME, ADDED, REMOVED
        }
    }

    /** A post on the calendar: scheduled (approved or in review) or posted. */
    public record CalendarEntry(long id, String title, DraftState state, Set<Network> networks, Instant at,
            String campaign) {
    }

    /** A posted draft in the monthly review, with its latest figures summed over its networks. */
    public record MonthlyPost(long id, String title, Set<Network> networks, Instant postedAt, String postUrl,
            long impressions, long reposts, long likes, long replies, long linkClicks) {

        public long engagement() {
            return reposts + likes + replies + linkClicks;
        }

        /** Engagements per impression, in percent; 0 without impressions. */
        public double engagementRate() {
            return impressions == 0 ? 0 : engagement() * 100.0 / impressions;
        }
    }

    public record Campaign(long id, String name, String hashtag) {
    }

    /** A post that needed a correction or an apology (handbook ⑤), and its correction draft. */
    public record CorrectionRow(long id, String title, String reason, Long correctionId, DraftState correctionState) {
    }

    /** Figures a network shows for a post on one day. */
    public record Metrics(Network network, LocalDate measuredOn, long impressions, long reposts, long likes,
            long replies, long linkClicks) {
    }

    /**
     * The result of a save: the new version, whether an approved or reviewed draft went back to review, and the
     * revision it is now at (the same as before when the save continued its editor's burst), so that an autosave need
     * not read the whole draft back.
     */
    public record Saved(long id, long version, boolean contentChanged, boolean backToReview, int revision) {
    }
}
