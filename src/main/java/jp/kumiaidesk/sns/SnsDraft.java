package jp.kumiaidesk.sns;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalSubject;
import jp.kumiaidesk.approval.ContentHash;
import jp.kumiaidesk.base.AbstractEntity;
import jp.kumiaidesk.base.UnionTime;

/** A post for one or more networks, on its way through review to being posted. */
@Entity
@Table(name = "sns_draft")
class SnsDraft extends AbstractEntity {

    private String title;
    private String body;
    private String hashtags;
    private String networks;

    @Column(name = "target_account")
    private String targetAccount;

    @Column(name = "post_at")
    private Instant postAt;

    @Column(name = "campaign_id")
    private Long campaignId;

    /** The author's own approval deadline (持ち回りの期限), at or before the posting time; null: the policy's. */
    @Column(name = "approve_by")
    private Instant approveBy;

    /** Why a posted draft needed a correction, and the correction draft it started (see {@code correct}). */
    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(name = "corrects_id")
    private Long correctsId;

    private String author;

    @Enumerated(EnumType.STRING)
    private DraftState state;

    @Column(name = "content_hash")
    private String contentHash;

    private int revision;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "post_url")
    private String postUrl;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "sns_draft_image", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Column(name = "image_id")
    private List<Long> imageIds = new ArrayList<>();

    protected SnsDraft() {
    }

    SnsDraft(String author, Instant now) {
        this.author = author;
        this.state = DraftState.DRAFT;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /**
     * Applies a cleaned form. Only a change of what goes out is an edit: it makes a new content hash and revision
     * and names the editor. A save that changes nothing of it (or only the working title or the approval
     * deadline) leaves the revision, the editor and the time of the last edit as they were.
     *
     * @return whether the content (what would go out) changed
     */
    boolean apply(DraftForm form, String by, Instant now) {
        this.title = form.title();
        this.body = form.body();
        this.hashtags = form.hashtags();
        this.networks = form.networks().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.targetAccount = form.targetAccount();
        this.postAt = form.postAt() == null ? null : form.postAt().atZone(UnionTime.ZONE).toInstant();
        this.approveBy = form.approveBy() == null ? null : form.approveBy().atZone(UnionTime.ZONE).toInstant();
        this.campaignId = form.campaignId();
        this.imageIds = new ArrayList<>(form.imageIds());
        String hash = ContentHash.of(snapshot());
        if (hash.equals(contentHash)) {
            return false;
        }
        this.contentHash = hash;
        this.revision++;
        this.updatedAt = now;
        this.updatedBy = by;
        return true;
    }

    /** The edit just applied continues the editor's burst: it replaces their last revision instead of adding one. */
    void continueBurst() {
        this.revision--;
    }

    /** The readable text of everything that goes out: what the hash covers and what the version diff compares. */
    String snapshot() {
        return String.join("\n", "[本文 / Text]", body, "", "[ハッシュタグ / Hashtags] " + hashtags,
                "[ネットワーク / Networks] " + networks, "[アカウント / Account] " + targetAccount,
                "[投稿予定 / Posting time] " + (postAt == null ? "-" : postAt.atZone(UnionTime.ZONE).toLocalDateTime()),
                "[キャンペーン / Campaign] " + (campaignId == null ? "-" : campaignId),
                "[画像 / Images] " + imageIds.stream().map(id -> "#" + id).collect(Collectors.joining(" ")));
    }

    /** The text as it will be posted: body, then the hashtags. */
    String post() {
        return composed(body, hashtags);
    }

    static String composed(String body, String hashtags) {
        String b = body == null ? "" : body.stripTrailing();
        return hashtags == null || hashtags.isBlank() ? b : b + "\n\n" + hashtags;
    }

    /**
     * This version as the approval mechanism sees it, with {@code responsible} in the author's place: who answers for
     * its wording (see {@code SnsDraftService.responsible}, decision 0010).
     */
    ApprovalSubject subject(String responsible) {
        return new ApprovalSubject(ApprovalKind.SNS_DRAFT, getId(), responsible, contentHash, submittedAt);
    }

    void moveTo(DraftState next, Instant at) {
        this.state = next;
        if (next == DraftState.IN_REVIEW) {
            this.submittedAt = at;
            this.approvedAt = null;
        } else if (next == DraftState.APPROVED) {
            this.approvedAt = at;
        }
    }

    void markPosted(String url, Instant at) {
        this.state = DraftState.POSTED;
        this.postUrl = url;
        this.postedAt = at;
    }

    Set<Network> networks() {
        if (networks == null || networks.isBlank()) {
            return EnumSet.noneOf(Network.class);
        }
        return Arrays.stream(networks.split(",")).map(Network::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Network.class)));
    }

    DraftForm toForm() {
        LocalDateTime local = postAt == null ? null : postAt.atZone(UnionTime.ZONE).toLocalDateTime();
        LocalDateTime deadline = approveBy == null ? null : approveBy.atZone(UnionTime.ZONE).toLocalDateTime();
        return new DraftForm(title, body, hashtags, networks(), targetAccount, local, campaignId,
                List.copyOf(imageIds), deadline);
    }

    void needsCorrection(String reason) {
        this.correctionReason = reason;
    }

    void corrects(long postedId) {
        this.correctsId = postedId;
    }

    String title() { return title; }
    Instant approveBy() { return approveBy; }
    String correctionReason() { return correctionReason; }
    Long correctsId() { return correctsId; }
    String author() { return author; }
    DraftState state() { return state; }
    String contentHash() { return contentHash; }
    int revision() { return revision; }
    Instant postAt() { return postAt; }
    Instant postedAt() { return postedAt; }
    Instant approvedAt() { return approvedAt; }
    Instant submittedAt() { return submittedAt; }
    String postUrl() { return postUrl; }
    Long campaignId() { return campaignId; }
    List<Long> imageIds() { return imageIds; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }
    String targetAccount() { return targetAccount; }
    String body() { return body; }
    String hashtags() { return hashtags; }
}
