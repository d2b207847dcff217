package jp.kumiaidesk.sns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.approval.ApprovalStatus;
import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.security.Person;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.sns.SnsViews.Campaign;
import jp.kumiaidesk.sns.SnsViews.Comment;
import jp.kumiaidesk.sns.SnsViews.Correction;
import jp.kumiaidesk.sns.SnsViews.DiffPart;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.DraftRow;
import jp.kumiaidesk.sns.SnsViews.Image;
import jp.kumiaidesk.sns.SnsViews.Revision;
import jp.kumiaidesk.sns.SnsViews.Saved;

/**
 * SNS drafts from writing to posting. The executive committee must be able to trust that what goes out is exactly
 * what it approved: approvals are bound to the content hash, every content change is a revision, and an edit after
 * an approval sends the draft back to review.
 */
@Service
public class SnsDraftService {

    public static final String CAN_WRITE = "hasAnyRole('RECRUITER', 'SECRETARIAT', 'EXECUTIVE')";
    static final String CAN_REVIEW = "hasRole('EXECUTIVE')";

    public static final String FIELD_TITLE = "title";
    public static final String FIELD_BODY = "body";
    public static final String FIELD_HASHTAGS = "hashtags";
    public static final String FIELD_NETWORKS = "networks";
    public static final String FIELD_ACCOUNT = "targetAccount";
    public static final String FIELD_POST_AT = "postAt";
    public static final String FIELD_IMAGES = "images";
    public static final String FIELD_CHECKLIST = "checklist";
    public static final String FIELD_COMMENT = "comment";
    public static final String FIELD_POST_URL = "postUrl";
    public static final String FIELD_CAMPAIGN = "campaign";
    public static final String FIELD_APPROVE_BY = "approveBy";
    public static final String FIELD_CORRECTION = "correction";

    public static final int COMMENT_MAX_LENGTH = 2000;
    public static final int URL_MAX_LENGTH = 500;
    public static final String UNION_ACCOUNT = "組合公式アカウント";

    private static final Pattern HASHTAG = Pattern.compile("[#＃][^\\s#＃,、]{1,50}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,}");
    private static final String NOTIFY_LINK = "sns/drafts/";

    private final SnsDraftRepository drafts;
    private final ApprovalService approvals;
    private final ImageService images;
    private final NotificationService notifications;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionRetry retry;
    private final Clock clock;
    private final EditingBursts bursts;

    SnsDraftService(SnsDraftRepository drafts, ApprovalService approvals, ImageService images,
            NotificationService notifications, UserService users, ApplicationEventPublisher events, JdbcTemplate jdbc,
            Clock clock, TransactionRetry retry) {
        this.retry = retry;
        this.drafts = drafts;
        this.approvals = approvals;
        this.images = images;
        this.notifications = notifications;
        this.users = users;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.bursts = new EditingBursts(jdbc, clock);
    }

    // ---- writing

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public Saved create(DraftForm form) {
        String me = SystemAuthentication.currentActor();
        SnsDraft draft = new SnsDraft(me, clock.instant());
        draft.apply(clean(form, null), me, clock.instant());
        drafts.saveAndFlush(draft);
        recordRevision(draft, me);
        bursts.start(draft.getId(), me);
        events.publishEvent(AuditEntry.now("sns.created", "sns_draft", draft.getId(), "hash " + draft.contentHash()));
        return new Saved(draft.getId(), draft.getVersion(), true, false, draft.revision());
    }

    /**
     * Saves the composer (also its autosave). A content change after approval, or during review, restarts the
     * review of the new version: approvals of the old hash no longer count.
     */
    @PreAuthorize(CAN_WRITE)
    public Saved save(long id, long expectedVersion, DraftForm form) {
        // autosaves while typing: on a cluster one may lose certification to another node's write (decision 0018)
        return retry.inTransaction("sns draft " + id + " save", () -> {
            SnsDraft draft = find(id);
            requireEditor(draft);
            ConcurrentEditException.check(draft, expectedVersion);
            if (!draft.state().editable()) {
                throw new FieldRejectedException(FIELD_BODY, "sns.error.not-editable");
            }
            String me = SystemAuthentication.currentActor();
            DraftState before = draft.state();
            String hashBefore = draft.contentHash();
            boolean changed = draft.apply(clean(form, draft), me, clock.instant());
            boolean backToReview = false;
            if (changed) {
                boolean sameBurst = bursts.continues(draft, me, hashBefore);
                if (before == DraftState.APPROVED || before == DraftState.IN_REVIEW) {
                    draft.moveTo(DraftState.IN_REVIEW, clock.instant());
                    backToReview = true;
                }
                if (sameBurst) {
                    // one editing burst is one version: the editor's last revision takes the new content
                    draft.continueBurst();
                    drafts.flush();
                    bursts.replaceLastRevision(draft, me);
                } else {
                    drafts.flush();
                    recordRevision(draft, me);
                }
                bursts.start(id, me);
                if (!sameBurst || backToReview) {
                    // one audit entry per version, not per autosave (twice a second while someone types): the
                    // version's later content is its revision row; a return to review is always recorded
                    String details = "revision " + draft.revision() + ", hash " + draft.contentHash();
                    events.publishEvent(backToReview
                            ? AuditEntry.now("sns.edited-in-review", "sns_draft", id, details)
                            : AuditEntry.now("sns.edited", "sns_draft", id, details));
                }
                if (backToReview && !sameBurst) {
                    notifyApprovers(draft, "notification.sns.back-to-review");
                }
            }
            drafts.flush();
            events.publishEvent(new SnsDraftChanged(id, me, changed));
            return new Saved(id, draft.getVersion(), changed, backToReview, draft.revision());
        });
    }

    /** Sends the draft to the approvers. Everything must be postable: text, networks, lengths, posting time. */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public void submit(long id, long expectedVersion) {
        SnsDraft draft = find(id);
        requireEditor(draft);
        ConcurrentEditException.check(draft, expectedVersion);
        if (draft.state() != DraftState.DRAFT && draft.state() != DraftState.CHANGES_REQUESTED) {
            throw new FieldRejectedException(FIELD_BODY, "sns.error.not-submittable");
        }
        DraftForm form = draft.toForm();
        if (TextRules.clean(form.body()).isEmpty()) {
            throw new FieldRejectedException(FIELD_BODY, "validation.required");
        }
        if (form.networks().isEmpty()) {
            throw new FieldRejectedException(FIELD_NETWORKS, "sns.error.no-network");
        }
        for (Network network : form.networks()) {
            if (!PostLength.fits(network, draft.post())) {
                throw new FieldRejectedException(FIELD_BODY, "sns.error.too-long");
            }
        }
        if (draft.postAt() != null && !draft.postAt().isAfter(clock.instant())) {
            throw new FieldRejectedException(FIELD_POST_AT, "sns.error.post-at-past");
        }
        draft.moveTo(DraftState.IN_REVIEW, clock.instant());
        drafts.flush();
        bursts.end(id);
        events.publishEvent(AuditEntry.now("sns.submitted", "sns_draft", id, "hash " + draft.contentHash()));
        notifyApprovers(draft, "notification.sns.review-requested");
        events.publishEvent(new SnsDraftChanged(id, SystemAuthentication.currentActor(), false));
    }

    // ---- review

    /** The reviewer ticks or unticks a checklist item for the version they see. */
    @PreAuthorize(CAN_REVIEW)
    @Transactional
    public void tick(long id, String contentHashSeen, ChecklistItem item, boolean ticked) {
        SnsDraft draft = find(id);
        requireSameVersion(draft, contentHashSeen);
        String me = SystemAuthentication.currentActor();
        bursts.end(id);
        if (ticked) {
            jdbc.update("insert ignore into sns_checklist_tick (draft_id, reviewer, content_hash, item, ticked_at) "
                    + "values (?, ?, ?, ?, ?)", id, me, draft.contentHash(), item.name(),
                    Timestamp.from(clock.instant()));
        } else {
            jdbc.update("delete from sns_checklist_tick where draft_id = ? and reviewer = ? and content_hash = ? "
                    + "and item = ?", id, me, draft.contentHash(), item.name());
        }
    }

    /**
     * The signed-in executive approves the version they saw. Refused for whoever answers for its wording (the
     * author, or the executive who edited it last: {@link #responsible}), for another version than the one on their
     * screen, with the checklist incomplete, or with people pictured whose consent nobody recorded.
     */
    @PreAuthorize(CAN_REVIEW)
    public ApprovalStatus approve(long id, String contentHashSeen) {
        return retry.inTransaction("sns draft " + id + " approval", () -> {
            SnsDraft draft = lockedInReview(id, contentHashSeen);
            String me = SystemAuthentication.currentActor();
            String responsible = responsible(draft);
            if (me.equals(responsible) && !me.equals(draft.author())) {
                throw new FieldRejectedException(ApprovalService.FIELD_APPROVAL, "sns.error.own-edit");
            }
            if (!ticks(id, me, draft.contentHash()).containsAll(EnumSet.allOf(ChecklistItem.class))) {
                throw new FieldRejectedException(FIELD_CHECKLIST, "sns.error.checklist");
            }
            for (Long imageId : draft.imageIds()) {
                if (!images.load(imageId).consentSettled()) {
                    throw new FieldRejectedException(FIELD_IMAGES, "sns.error.consent-missing");
                }
            }
            ApprovalStatus status = approvals.approve(draft.subject(responsible));
            bursts.end(id);
            if (status.complete()) {
                draft.moveTo(DraftState.APPROVED, clock.instant());
                events.publishEvent(AuditEntry.now("sns.approved", "sns_draft", id, "hash " + draft.contentHash()));
                notifyAuthor(draft, "notification.sns.approved");
            }
            drafts.flush();
            events.publishEvent(new SnsDraftChanged(id, me, false));
            return status;
        });
    }

    @PreAuthorize(CAN_REVIEW)
    public void reject(long id, String contentHashSeen, String reason) {
        retry.inTransaction("sns draft " + id + " rejection", () -> {
            SnsDraft draft = lockedInReview(id, contentHashSeen);
            approvals.reject(subject(draft), reason);
            bursts.end(id);
            draft.moveTo(DraftState.REJECTED, clock.instant());
            drafts.flush();
            notifyAuthor(draft, "notification.sns.rejected");
            events.publishEvent(new SnsDraftChanged(id, SystemAuthentication.currentActor(), false));
        });
    }

    @PreAuthorize(CAN_REVIEW)
    public void requestChanges(long id, String contentHashSeen, String comment) {
        retry.inTransaction("sns draft " + id + " request for changes", () -> {
            SnsDraft draft = lockedInReview(id, contentHashSeen);
            approvals.requestChanges(subject(draft), comment);
            bursts.end(id);
            draft.moveTo(DraftState.CHANGES_REQUESTED, clock.instant());
            drafts.flush();
            notifyAuthor(draft, "notification.sns.changes-requested");
            events.publishEvent(new SnsDraftChanged(id, SystemAuthentication.currentActor(), false));
        });
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public void comment(long id, String text) {
        find(id);
        String problem = TextRules.clean(text).isEmpty() ? "validation.required"
                : TextRules.problemWithText(text, COMMENT_MAX_LENGTH);
        if (problem != null) {
            throw new FieldRejectedException(FIELD_COMMENT, problem);
        }
        jdbc.update("insert into sns_comment (draft_id, author, body, created_at) values (?, ?, ?, ?)", id,
                SystemAuthentication.currentActor(), text.strip(), Timestamp.from(clock.instant()));
        bursts.end(id);
        events.publishEvent(new SnsDraftChanged(id, SystemAuthentication.currentActor(), false));
    }

    // ---- after approval

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public void markPosted(long id, String postUrl) {
        SnsDraft draft = find(id);
        requireEditor(draft);
        if (draft.state() != DraftState.APPROVED) {
            throw new FieldRejectedException(FIELD_POST_URL, "sns.error.not-approved");
        }
        String url = TextRules.clean(postUrl);
        if (url.length() > URL_MAX_LENGTH || !URL.matcher(url).matches()) {
            throw new FieldRejectedException(FIELD_POST_URL, "sns.error.url");
        }
        draft.markPosted(url, clock.instant());
        drafts.flush();
        bursts.end(id);
        PostUrls.networkOf(url, draft.networks()).ifPresent(network -> PostUrls.store(jdbc, id, network, url));
        events.publishEvent(AuditEntry.now("sns.posted", "sns_draft", id, url + " hash " + draft.contentHash()));
        events.publishEvent(new SnsDraftChanged(id, SystemAuthentication.currentActor(), false));
    }

    /**
     * The handbook's ⑤: a posted draft had a problem. Records why and starts a correction draft (the post's text,
     * to be corrected) that goes through approval like any other draft. A second call returns the same correction.
     *
     * @return the id of the correction draft
     */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long correct(long id, String reason) {
        SnsDraft posted = drafts.findForUpdate(id).orElseThrow(() -> new NotFoundException("sns_draft", id));
        requireEditor(posted);
        if (posted.state() != DraftState.POSTED) {
            throw new FieldRejectedException(FIELD_CORRECTION, "sns.error.not-posted");
        }
        List<Long> existing = jdbc.queryForList("select id from sns_draft where corrects_id = ? order by id",
                Long.class, id);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        String why = TextRules.clean(reason).isEmpty() ? null : reason.strip();
        if (why == null) {
            throw new FieldRejectedException(FIELD_CORRECTION, "validation.required");
        }
        String problem = TextRules.problemWithText(why, COMMENT_MAX_LENGTH);
        if (problem != null) {
            throw new FieldRejectedException(FIELD_CORRECTION, problem);
        }
        posted.needsCorrection(why);
        String me = SystemAuthentication.currentActor();
        DraftForm original = posted.toForm();
        String title = "【訂正】" + original.title();
        if (title.codePointCount(0, title.length()) > DraftForm.TITLE_MAX_LENGTH) {
            title = title.substring(0, title.offsetByCodePoints(0, DraftForm.TITLE_MAX_LENGTH));
        }
        SnsDraft correction = new SnsDraft(me, clock.instant());
        correction.apply(new DraftForm(title, "【訂正】\n" + original.body(), original.hashtags(),
                original.networks(), original.targetAccount(), null, original.campaignId(), original.imageIds()),
                me, clock.instant());
        correction.corrects(id);
        drafts.saveAndFlush(correction);
        recordRevision(correction, me);
        bursts.start(correction.getId(), me);
        bursts.end(id);
        events.publishEvent(AuditEntry.now("sns.correction-started", "sns_draft", id,
                "#" + correction.getId() + ": " + why));
        events.publishEvent(new SnsDraftChanged(id, me, false));
        return correction.getId();
    }

    /** Posts of the month that needed a correction or an apology, with why and how far the correction is. */
    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public List<SnsViews.CorrectionRow> corrections(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(UnionTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(UnionTime.ZONE).toInstant();
        return jdbc.query("select p.id, p.title, p.correction_reason, c.id, c.state from sns_draft p "
                + "left join sns_draft c on c.corrects_id = p.id where p.correction_reason is not null and "
                + "p.posted_at >= ? and p.posted_at < ? order by p.posted_at, p.id", (rs, i) -> {
                    long correctionId = rs.getLong(4);
                    boolean none = rs.wasNull();
                    return new SnsViews.CorrectionRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            none ? null : correctionId, none ? null : DraftState.valueOf(rs.getString(5)));
                }, Timestamp.from(from), Timestamp.from(to));
    }

    /**
     * Unapproved drafts whose posting time passed expire. Run by the system every minute ({@link DraftExpiry}); safe
     * on two nodes at once, as each row changes state in one conditional update.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = 0;
        for (Long id : drafts.findOverdue(DraftState.UNAPPROVED, now)) {
            int updated = jdbc.update("update sns_draft set state = 'EXPIRED', version = version + 1 "
                    + "where id = ? and state in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED') and post_at < ?", id,
                    Timestamp.from(now));
            if (updated == 1) {
                expired++;
                SnsDraft draft = find(id);
                events.publishEvent(new AuditEntry("system", "sns.expired", "sns_draft", String.valueOf(id),
                        "hash " + draft.contentHash()));
                // the author learns it in the app and by mail: the post will not go out as planned
                notifyAuthor(draft, "notification.sns.expired");
                events.publishEvent(new SnsDraftChanged(id, "system", false));
            }
        }
        return expired;
    }

    /**
     * Drafts whose approval deadline (持ち回りの期限) passed: each executive who has not approved yet is reminded
     * once (in-app and mail). Run by the system with the expiry; idempotent, so two nodes may both run it.
     *
     * @return how many reminders went out
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public int remindPastDeadline() {
        return retry.inTransaction("reminders of passed SNS deadlines", () -> {
            Instant now = clock.instant();
            int reminded = 0;
            for (SnsDraft draft : drafts.findByStates(EnumSet.of(DraftState.IN_REVIEW))) {
                ApprovalStatus status = status(draft);
                if (status.deadline() == null || status.deadline().isAfter(now)) {
                    continue;
                }
                for (Recipient approver : approvals.approvers(ApprovalKind.SNS_DRAFT, draft.author())) {
                    if (status.approvedBy(approver.username())) {
                        continue;
                    }
                    if (notifications.notifyOnce(approver, "notification.sns.deadline-passed", draft.title(),
                            NOTIFY_LINK + draft.getId(), "sns-deadline:" + draft.getId() + "@"
                                    + draft.submittedAt().toEpochMilli())) {
                        reminded++;
                    }
                }
            }
            return reminded;
        });
    }

    /** A draft pre-filled from a newsletter (Job 3): the headline, its key points and the link to the web page. */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long createFromNewsletter(String headline, String keyPoints, String link) {
        String title = headline == null ? "" : headline.strip();
        if (title.codePointCount(0, title.length()) > DraftForm.TITLE_MAX_LENGTH) {
            title = title.substring(0, title.offsetByCodePoints(0, DraftForm.TITLE_MAX_LENGTH));
        }
        String body = Stream.of(headline, keyPoints, link).filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n\n"));
        return create(new DraftForm(title, body, "", EnumSet.of(Network.X), UNION_ACCOUNT, null, null, List.of()))
                .id();
    }

    // ---- reading

    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public Slice<DraftRow> list(Collection<DraftState> states, Pageable pageable) {
        Slice<SnsDraft> page = drafts.findForList(states == null || states.isEmpty() ? null : states, pageable);
        Map<String, String> names = users.displayNames(page.getContent().stream().map(SnsDraft::author)
                .collect(Collectors.toSet()));
        return page.map(d -> row(d, names));
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public long count(Collection<DraftState> states) {
        return drafts.countForList(states == null || states.isEmpty() ? null : states);
    }

    /** Drafts in review that the signed-in executive has not approved in their current version yet. */
    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public List<DraftRow> waitingForMe() {
        if (!hasRole("EXECUTIVE")) {
            return List.of();
        }
        String me = SystemAuthentication.currentActor();
        Set<String> executives = executives();
        List<SnsDraft> waiting = drafts.findByStates(EnumSet.of(DraftState.IN_REVIEW)).stream().filter(d -> {
            String responsible = responsible(d, executives);
            return !responsible.equals(me) && !approvals.status(d.subject(responsible)).approvedBy(me);
        }).toList();
        Map<String, String> names = users.displayNames(waiting.stream().map(SnsDraft::author).toList());
        return waiting.stream().map(d -> row(d, names)).toList();
    }

    /** The signed-in user's drafts that were sent back to them. */
    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public List<DraftRow> sentBackToMe() {
        String me = SystemAuthentication.currentActor();
        List<SnsDraft> mine = drafts.findByStates(EnumSet.of(DraftState.CHANGES_REQUESTED)).stream()
                .filter(d -> d.author().equals(me)).toList();
        Map<String, String> names = users.displayNames(List.of(me));
        return mine.stream().map(d -> row(d, names)).toList();
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public DraftDetail draft(long id) {
        SnsDraft draft = find(id);
        String me = SystemAuthentication.currentActor();
        List<Comment> comments = jdbc.query("select author, body, created_at from sns_comment where draft_id = ? "
                + "order by created_at, id", (rs, i) -> new Comment(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()), id);
        List<Revision> revisions = jdbc.query("select revision, content_hash, saved_by, saved_at from "
                + "sns_draft_revision where draft_id = ? order by revision desc", (rs, i) -> new Revision(rs.getInt(1),
                        rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()), id);
        List<StoredImage> stored = draft.imageIds().stream().map(images::load).toList();
        Set<String> people = new HashSet<>();
        people.add(draft.author());
        people.add(draft.updatedBy());
        comments.forEach(c -> people.add(c.authorName()));
        revisions.forEach(r -> people.add(r.savedByName()));
        stored.forEach(i -> {
            if (i.consentBy() != null) {
                people.add(i.consentBy());
            }
        });
        Map<String, String> names = users.displayNames(people);
        boolean inReview = draft.state() == DraftState.IN_REVIEW;
        ApprovalStatus status = status(draft);
        Set<String> executives = executives();
        String responsible = responsible(draft, executives);
        String whyNot = !hasRole("EXECUTIVE") || !inReview ? null
                : me.equals(responsible) && me.equals(draft.author()) ? "sns.why.own-draft"
                : me.equals(responsible) ? "sns.why.own-edit"
                : status.approvedBy(me) ? "sns.why.already-approved" : null;
        boolean reviewer = hasRole("EXECUTIVE") && !me.equals(responsible);
        // who can still approve this version: the executives other than whoever answers for it, not yet approved
        List<String> mayApprove = executives.stream().filter(e -> !e.equals(responsible) && !status.approvedBy(e))
                .toList();
        Map<String, String> approverNames = users.displayNames(mayApprove);
        List<String> whoMayApprove = mayApprove.stream().map(e -> approverNames.getOrDefault(e, e)).sorted().toList();
        return new DraftDetail(id, draft.getVersion(), draft.toForm(), draft.state(), draft.author(),
                names.get(draft.author()), draft.contentHash(), draft.revision(), draft.submittedAt(),
                draft.approvedAt(), draft.postedAt(), draft.postUrl(), names.get(draft.updatedBy()),
                draft.updatedAt(), status, approvals.decisions(ApprovalKind.SNS_DRAFT, id),
                comments.stream().map(c -> new Comment(names.get(c.authorName()), c.body(), c.at())).toList(),
                ticks(id, me, draft.contentHash()),
                stored.stream().map(i -> new Image(i.id(), i.width(), i.height(), i.peoplePictured(),
                        i.consentBy() == null ? null : names.get(i.consentBy()), i.consentNote(), i.consentSettled()))
                        .toList(),
                revisions.stream().map(r -> new Revision(r.revision(), r.contentHash(), names.get(r.savedByName()),
                        r.savedAt())).toList(),
                draft.state().editable() && mayEdit(draft), reviewer && draft.state() == DraftState.IN_REVIEW,
                draft.post(), CampaignService.missingHashtags(campaignHashtag(draft.campaignId()), draft.hashtags(),
                        draft.body()), correction(draft), whyNot, whyNot == null ? List.of() : whoMayApprove);
    }

    /**
     * Who answers for the wording of a draft's current version, and so may not approve it (decision 0010): the last
     * executive who saved a content revision of it — an executive who edits someone else's draft becomes its author
     * for the approval, and the others, the original author included, approve it — else its author. An edit by
     * someone who is not an executive (the secretariat) leaves the responsibility where it was.
     */
    String responsible(SnsDraft draft) {
        return responsible(draft, executives());
    }

    private String responsible(SnsDraft draft, Set<String> executives) {
        List<String> savers = jdbc.queryForList("select saved_by from sns_draft_revision where draft_id = ? "
                + "order by revision desc", String.class, draft.getId());
        return savers.stream().filter(executives::contains).findFirst().orElse(draft.author());
    }

    private Set<String> executives() {
        return users.withRole(Role.EXECUTIVE).stream().map(Person::username)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private jp.kumiaidesk.approval.ApprovalSubject subject(SnsDraft draft) {
        return draft.subject(responsible(draft));
    }

    /** A readable diff between two revisions of a draft, character by character. */
    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public List<DiffPart> diff(long id, int fromRevision, int toRevision) {
        find(id);
        String from = revisionText(id, fromRevision);
        String to = revisionText(id, toRevision);
        return diff(from, to);
    }

    static List<DiffPart> diff(String from, String to) {
        List<String> a = from.codePoints().mapToObj(Character::toString).toList();
        List<String> b = to.codePoints().mapToObj(Character::toString).toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffPart> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, DiffPart.Change.SAME, a.subList(position, start));
            add(parts, DiffPart.Change.REMOVED, delta.getSource().getLines());
            add(parts, DiffPart.Change.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, DiffPart.Change.SAME, a.subList(position, a.size()));
        return parts;
    }

    private static void add(List<DiffPart> parts, DiffPart.Change change, List<String> codePoints) {
        if (!codePoints.isEmpty()) {
            parts.add(new DiffPart(change, String.join("", codePoints)));
        }
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        return jdbc.query("select id, name, hashtag from sns_campaign order by name",
                (rs, i) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The campaign of that name, created when new (an X デモ with its hashtag). */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public Campaign campaign(String name, String hashtag) {
        String clean = TextRules.requireLine(FIELD_CAMPAIGN, name, true, 100);
        String tag = hashtag == null || hashtag.isBlank() ? null : normalizeHashtags(hashtag);
        List<Campaign> existing = jdbc.query("select id, name, hashtag from sns_campaign where name = ?",
                (rs, i) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3)), clean);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        // created by the unique name: of two "new campaign" at once, one creates it and the other gets it
        int created = jdbc.update("insert ignore into sns_campaign (name, hashtag) values (?, ?)", clean, tag);
        Campaign campaign = jdbc.queryForObject("select id, name, hashtag from sns_campaign where name = ? "
                + "lock in share mode", (rs, i) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3)),
                clean);
        if (created == 1) {
            events.publishEvent(AuditEntry.now("sns.campaign-created", "sns_campaign", campaign.id(), clean));
        }
        return campaign;
    }

    private String campaignHashtag(Long campaignId) {
        if (campaignId == null) {
            return null;
        }
        List<String> tags = jdbc.queryForList("select hashtag from sns_campaign where id = ?", String.class,
                campaignId);
        return tags.isEmpty() ? null : tags.get(0);
    }

    private Correction correction(SnsDraft draft) {
        List<Long> by = jdbc.queryForList("select id from sns_draft where corrects_id = ? order by id desc",
                Long.class, draft.getId());
        if (draft.correctionReason() == null && draft.correctsId() == null) {
            return null;
        }
        String correctsTitle = draft.correctsId() == null ? null
                : drafts.findById(draft.correctsId()).map(SnsDraft::title).orElse(null);
        return new Correction(draft.correctionReason(), by.isEmpty() ? null : by.get(0), draft.correctsId(),
                correctsTitle);
    }

    // ---- rules

    private DraftForm clean(DraftForm form, SnsDraft existing) {
        // the body first: a new draft's title may be taken from it
        String body = form.body() == null ? "" : form.body();
        String problem = TextRules.problemWithText(body, DraftForm.BODY_MAX_LENGTH);
        if (problem != null) {
            throw new FieldRejectedException(FIELD_BODY, problem);
        }
        String title = TextRules.requireLine(FIELD_TITLE, form.title(), true, DraftForm.TITLE_MAX_LENGTH);
        String hashtags = normalizeHashtags(form.hashtags());
        Set<Network> networks = form.networks() == null ? Set.of() : form.networks();
        String account = TextRules.requireLine(FIELD_ACCOUNT, form.targetAccount(), true,
                DraftForm.ACCOUNT_MAX_LENGTH);
        LocalDateTime postAt = form.postAt();
        boolean timeChanged = existing == null || !Objects.equals(existing.toForm().postAt(), postAt);
        if (postAt != null && timeChanged && !postAt.atZone(UnionTime.ZONE).toInstant().isAfter(clock.instant())) {
            throw new FieldRejectedException(FIELD_POST_AT, "sns.error.post-at-past");
        }
        LocalDateTime approveBy = form.approveBy();
        boolean deadlineChanged = existing == null || !Objects.equals(existing.toForm().approveBy(), approveBy);
        if (approveBy != null && postAt != null && approveBy.isAfter(postAt)) {
            throw new FieldRejectedException(FIELD_APPROVE_BY, "sns.error.deadline-after-post");
        }
        if (approveBy != null && deadlineChanged
                && !approveBy.atZone(UnionTime.ZONE).toInstant().isAfter(clock.instant())) {
            throw new FieldRejectedException(FIELD_APPROVE_BY, "sns.error.deadline-past");
        }
        List<Long> imageIds = form.imageIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.imageIds()));
        if (imageIds.size() > DraftForm.MAX_IMAGES) {
            throw new FieldRejectedException(FIELD_IMAGES, "sns.error.too-many-images");
        }
        // what the draft already holds was checked when it was added: an autosave checks only new images and a
        // changed campaign (issue #15: every statement of an autosave counts with 25 typists on a node)
        imageIds.stream().filter(image -> existing == null || !existing.imageIds().contains(image))
                .forEach(images::load);
        if (form.campaignId() != null && (existing == null || !form.campaignId().equals(existing.campaignId()))) {
            Integer known = jdbc.queryForObject("select count(*) from sns_campaign where id = ?", Integer.class,
                    form.campaignId());
            if (known == null || known == 0) {
                throw new FieldRejectedException(FIELD_CAMPAIGN, "validation.required");
            }
        }
        return new DraftForm(title, body, hashtags, networks, account, postAt, form.campaignId(), imageIds, approveBy);
    }

    /** "春闘, #人員確保 ＃賃上げ" → "#春闘 #人員確保 #賃上げ"; anything else is refused. */
    static String normalizeHashtags(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        if (raw.length() > DraftForm.HASHTAGS_MAX_LENGTH || TextRules.hasControlCharacters(raw)
                || TextRules.hasMarkup(raw)) {
            throw new FieldRejectedException(FIELD_HASHTAGS, "sns.error.hashtags");
        }
        List<String> tags = new ArrayList<>();
        for (String token : raw.strip().split("[\\s,、　]+")) {
            String tag = token.startsWith("#") || token.startsWith("＃") ? token : "#" + token;
            if (!HASHTAG.matcher(tag).matches()) {
                throw new FieldRejectedException(FIELD_HASHTAGS, "sns.error.hashtags");
            }
            tag = "#" + tag.substring(1);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return String.join(" ", tags);
    }

    /**
     * Where the approval stands, with the draft's deadline: the author's own, else the policy's (from submission)
     * but never after the posting time.
     */
    private ApprovalStatus status(SnsDraft draft) {
        ApprovalStatus status = approvals.status(subject(draft));
        if (draft.approveBy() != null) {
            return status.withDeadline(draft.approveBy());
        }
        if (status.deadline() != null && draft.postAt() != null && status.deadline().isAfter(draft.postAt())) {
            return status.withDeadline(draft.postAt());
        }
        return status;
    }

    private SnsDraft lockedInReview(long id, String contentHashSeen) {
        SnsDraft draft = drafts.findForUpdate(id).orElseThrow(() -> new NotFoundException("sns_draft", id));
        if (draft.state() != DraftState.IN_REVIEW) {
            throw new FieldRejectedException(ApprovalService.FIELD_APPROVAL, "sns.error.not-in-review");
        }
        requireSameVersion(draft, contentHashSeen);
        return draft;
    }

    private static void requireSameVersion(SnsDraft draft, String contentHashSeen) {
        if (!draft.contentHash().equals(contentHashSeen)) {
            throw new FieldRejectedException(ApprovalService.FIELD_APPROVAL, "sns.error.changed-meanwhile");
        }
    }

    private Set<ChecklistItem> ticks(long id, String reviewer, String hash) {
        Set<ChecklistItem> ticked = EnumSet.noneOf(ChecklistItem.class);
        jdbc.query("select item from sns_checklist_tick where draft_id = ? and reviewer = ? and content_hash = ?",
                rs -> {
                    ticked.add(ChecklistItem.valueOf(rs.getString(1)));
                }, id, reviewer, hash);
        return ticked;
    }

    private void recordRevision(SnsDraft draft, String by) {
        jdbc.update("insert into sns_draft_revision (draft_id, revision, content_hash, content, saved_by, saved_at) "
                + "values (?, ?, ?, ?, ?, ?)", draft.getId(), draft.revision(), draft.contentHash(), draft.snapshot(),
                by, Timestamp.from(clock.instant()));
    }

    private String revisionText(long id, int revision) {
        List<String> text = jdbc.queryForList("select content from sns_draft_revision where draft_id = ? and "
                + "revision = ?", String.class, id, revision);
        if (text.isEmpty()) {
            throw new NotFoundException("sns_draft_revision", id + "/" + revision);
        }
        return text.get(0);
    }

    /** Authors edit their drafts; the secretariat and executives (the PR staff) edit anyone's. */
    private boolean mayEdit(SnsDraft draft) {
        return draft.author().equals(SystemAuthentication.currentActor()) || hasRole("SECRETARIAT")
                || hasRole("EXECUTIVE");
    }

    private void requireEditor(SnsDraft draft) {
        if (!mayEdit(draft)) {
            throw new FieldRejectedException(FIELD_BODY, "sns.error.not-yours");
        }
    }

    private static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    private void notifyApprovers(SnsDraft draft, String key) {
        for (Recipient approver : approvals.approvers(ApprovalKind.SNS_DRAFT, draft.author())) {
            notifications.notify(approver, key, draft.title(), NOTIFY_LINK + draft.getId());
        }
    }

    private void notifyAuthor(SnsDraft draft, String key) {
        notifications.notify(users.recipient(draft.author()), key, draft.title(), NOTIFY_LINK + draft.getId());
    }

    SnsDraft find(long id) {
        return drafts.findById(id).orElseThrow(() -> new NotFoundException("sns_draft", id));
    }

    private static DraftRow row(SnsDraft d, Map<String, String> names) {
        return new DraftRow(d.getId(), d.title(), d.state(), d.networks(), d.postAt(), names.get(d.author()),
                d.updatedAt());
    }
}
