package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.approval.ApprovalStatus;
import jp.kumiaidesk.approval.PolicyRules;
import jp.kumiaidesk.approval.TestUnion;
import jp.kumiaidesk.approval.Verdict;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.TestImages;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.sns.SnsViews.DiffPart;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.Saved;

class SnsDraftServiceTest extends ServiceTest {

    @Autowired
    jp.kumiaidesk.base.TransactionRetry retry;

    @Autowired
    SnsDraftService sns;

    @Autowired
    SnsDraftRepository repository;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ImageService images;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    static DraftForm form(String body) {
        return new DraftForm("人員確保署名", body, "#人員確保 春闘", EnumSet.of(Network.X, Network.BLUESKY),
                SnsDraftService.UNION_ACCOUNT, LocalDateTime.now(UnionTime.ZONE).plusDays(3).withNano(0), null,
                List.of());
    }

    private Saved submitted(String author) {
        signIn(author);
        Saved saved = sns.create(form("保育所の人員を確保してください。署名にご協力を https://example.jp/shomei"));
        sns.submit(saved.id(), saved.version());
        return saved;
    }

    private void tickAll(long id) {
        String hash = sns.draft(id).contentHash();
        for (ChecklistItem item : ChecklistItem.values()) {
            sns.tick(id, hash, item, true);
        }
    }

    @Test
    void one_executive_other_than_the_author_approves_and_the_draft_is_approved() {
        // the policy (1 approval since issue #11) asks for executives other than the author
        Saved saved = submitted("shokikyoku");
        signIn("iinchou");
        tickAll(saved.id());
        assertThat(sns.approve(saved.id(), sns.draft(saved.id()).contentHash()).complete()).isTrue();
        DraftDetail detail = sns.draft(saved.id());
        assertThat(detail.state()).isEqualTo(DraftState.APPROVED);
        assertThat(detail.decisions()).extracting(d -> d.verdict()).containsExactly(Verdict.APPROVED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'sns.approved' and "
                + "target_id = ? and details like ?", Integer.class, String.valueOf(saved.id()),
                "%" + detail.contentHash() + "%")).isEqualTo(1);
    }

    @Test
    void an_executives_own_draft_is_approved_by_the_other_executive() {
        Saved saved = submitted("shokichou");
        signIn("iinchou");
        tickAll(saved.id());
        assertThat(sns.approve(saved.id(), sns.draft(saved.id()).contentHash()).complete()).isTrue();
        assertThat(sns.draft(saved.id()).state()).isEqualTo(DraftState.APPROVED);
    }

    @Test
    void an_edit_after_approval_returns_the_draft_to_review_and_old_approvals_no_longer_count() {
        Saved saved = submitted("shokikyoku");
        for (String executive : List.of("iinchou")) {
            signIn(executive);
            tickAll(saved.id());
            sns.approve(saved.id(), sns.draft(saved.id()).contentHash());
        }
        signIn("shokikyoku");
        DraftDetail approved = sns.draft(saved.id());
        assertThat(approved.state()).isEqualTo(DraftState.APPROVED);
        Saved edited = sns.save(saved.id(), approved.version(), form("保育所の人員を確保してください！"));
        assertThat(edited.backToReview()).isTrue();
        DraftDetail after = sns.draft(saved.id());
        assertThat(after.state()).isEqualTo(DraftState.IN_REVIEW);
        assertThat(after.approval().approvedBy()).isEmpty();
        assertThat(after.revision()).isEqualTo(approved.revision() + 1);
        // the approver's ticks were for the old version
        signIn("iinchou");
        assertThat(sns.draft(saved.id()).myTicks()).isEmpty();
        assertThatThrownBy(() -> sns.approve(saved.id(), approved.contentHash()))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.changed-meanwhile");
    }

    @Test
    void saving_without_a_content_change_keeps_the_approval() {
        Saved saved = submitted("shokikyoku");
        DraftDetail before = sns.draft(saved.id());
        Saved again = sns.save(saved.id(), before.version(), before.form());
        assertThat(again.contentChanged()).isFalse();
        assertThat(sns.draft(saved.id()).revision()).isEqualTo(before.revision());
    }

    @Test
    void the_author_cannot_approve_their_own_draft_nor_can_a_recruiter_approve() {
        signIn("iinchou");
        Saved own = sns.create(form("委員長の投稿"));
        sns.submit(own.id(), own.version());
        tickAll(own.id());
        assertThatThrownBy(() -> sns.approve(own.id(), sns.draft(own.id()).contentHash()))
                .hasFieldOrPropertyWithValue("messageKey", "approval.error.own");
        assertThat(sns.draft(own.id()).canReview()).isFalse();
        Saved other = submitted("shokikyoku");
        signIn("seinenbu");
        assertThatThrownBy(() -> sns.approve(other.id(), "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_executive_who_edited_the_version_cannot_approve_it() {
        Saved saved = submitted("shokikyoku");
        signIn("iinchou");
        DraftDetail detail = sns.draft(saved.id());
        sns.save(saved.id(), detail.version(), form("委員長が手直しした本文"));
        tickAll(saved.id());
        assertThatThrownBy(() -> sns.approve(saved.id(), sns.draft(saved.id()).contentHash()))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.own-edit");
    }

    /**
     * Decision 0010: an executive who edits someone else's draft answers for its wording like an author, so the
     * others approve it — the original author included, who reads the edit. In a union of two executives, one
     * editing the other's draft no longer dead-ends.
     */
    @Test
    void in_a_two_executive_union_the_editing_executive_answers_for_the_version_and_the_author_approves_it() {
        TestUnion.run(ctx, union -> {
            String chair = union.member("委員長", Role.EXECUTIVE);
            String secretary = union.member("書記長", Role.EXECUTIVE);
            String staff = union.member("書記局", Role.SECRETARIAT);
            union.signIn("admin");
            approvals.changePolicy(ApprovalKind.SNS_DRAFT, approvals.policy(ApprovalKind.SNS_DRAFT).version(),
                    new PolicyRules(1, List.of(), null, false), 48);
            union.signIn(chair);
            Saved own = sns.create(form("委員長が書いた本文"));
            sns.submit(own.id(), own.version());

            union.signIn(secretary);
            assertThat(sns.draft(own.id()).canReview()).isTrue();
            sns.save(own.id(), sns.draft(own.id()).version(), form("書記長が手直しした本文"));
            tickAll(own.id());
            assertThatThrownBy(() -> sns.approve(own.id(), sns.draft(own.id()).contentHash()))
                    .hasFieldOrPropertyWithValue("messageKey", "sns.error.own-edit");
            DraftDetail edited = sns.draft(own.id());
            assertThat(edited.canReview()).isFalse();
            assertThat(edited.whyNotReview()).isEqualTo("sns.why.own-edit");
            assertThat(edited.whoMayApprove()).containsExactly("委員長 " + tag(chair));

            // an edit by the secretariat afterwards does not hand the 書記長's words back to them to approve
            union.signIn(staff);
            sns.save(own.id(), sns.draft(own.id()).version(), form("書記局が誤字を直した本文"));
            union.signIn(secretary);
            assertThat(sns.draft(own.id()).whyNotReview()).isEqualTo("sns.why.own-edit");

            union.signIn(chair);
            DraftDetail forTheAuthor = sns.draft(own.id());
            assertThat(forTheAuthor.canReview()).isTrue();
            assertThat(forTheAuthor.whyNotReview()).isNull();
            assertThat(sns.waitingForMe()).extracting(SnsViews.DraftRow::id).contains(own.id());
            tickAll(own.id());
            assertThat(sns.approve(own.id(), forTheAuthor.contentHash()).complete()).isTrue();
            assertThat(sns.draft(own.id()).state()).isEqualTo(DraftState.APPROVED);
        });
    }

    @Test
    void once_the_author_edits_after_the_executive_the_executive_approves_again() {
        TestUnion.run(ctx, union -> {
            String chair = union.member("委員長", Role.EXECUTIVE);
            String secretary = union.member("書記長", Role.EXECUTIVE);
            union.signIn("admin");
            approvals.changePolicy(ApprovalKind.SNS_DRAFT, approvals.policy(ApprovalKind.SNS_DRAFT).version(),
                    new PolicyRules(1, List.of(), null, false), 48);
            union.signIn(chair);
            Saved own = sns.create(form("委員長が書いた本文"));
            sns.submit(own.id(), own.version());
            union.signIn(secretary);
            sns.save(own.id(), sns.draft(own.id()).version(), form("書記長が手直しした本文"));
            union.signIn(chair);
            sns.save(own.id(), sns.draft(own.id()).version(), form("委員長が書き直した本文"));
            assertThat(sns.draft(own.id()).whyNotReview()).isEqualTo("sns.why.own-draft");
            union.signIn(secretary);
            tickAll(own.id());
            assertThat(sns.approve(own.id(), sns.draft(own.id()).contentHash()).complete()).isTrue();
        });
    }

    private static String tag(String username) {
        return username.substring(1, username.indexOf('-'));
    }

    @Test
    void approval_needs_the_whole_checklist_and_consent_for_people_pictured() {
        signIn("shokikyoku");
        long photo = images.store(TestImages.jpeg(20, 20), "rally.jpg");
        DraftForm withPhoto = new DraftForm("集会", "集会のようす", "", EnumSet.of(Network.INSTAGRAM),
                SnsDraftService.UNION_ACCOUNT, null, null, List.of(photo));
        // nobody has said yet whether people are pictured
        Saved saved = sns.create(withPhoto);
        sns.submit(saved.id(), saved.version());
        signIn("iinchou");
        String hash = sns.draft(saved.id()).contentHash();
        sns.tick(saved.id(), hash, ChecklistItem.STREET_SPEECH, true);
        assertThatThrownBy(() -> sns.approve(saved.id(), hash)).hasFieldOrPropertyWithValue("messageKey",
                "sns.error.checklist");
        tickAll(saved.id());
        assertThatThrownBy(() -> sns.approve(saved.id(), hash)).hasFieldOrPropertyWithValue("messageKey",
                "sns.error.consent-missing");
        images.recordConsent(photo, true, "写っている2名に口頭で確認");
        assertThat(sns.approve(saved.id(), hash).approvedBy()).containsExactly("iinchou");
    }

    @Test
    void reject_needs_a_reason_and_request_changes_sends_it_back_to_the_author() {
        Saved saved = submitted("seinenbu");
        signIn("shokichou");
        String hash = sns.draft(saved.id()).contentHash();
        assertThatThrownBy(() -> sns.reject(saved.id(), hash, "")).hasFieldOrPropertyWithValue("field",
                ApprovalService.FIELD_REASON);
        sns.requestChanges(saved.id(), hash, "出典を書いてください");
        signIn("seinenbu");
        assertThat(sns.sentBackToMe()).extracting(r -> r.id()).contains(saved.id());
        DraftDetail back = sns.draft(saved.id());
        assertThat(back.state()).isEqualTo(DraftState.CHANGES_REQUESTED);
        Saved fixed = sns.save(saved.id(), back.version(), form("出典: 市の定員管理計画 https://example.jp/plan"));
        sns.submit(saved.id(), fixed.version());
        signIn("shokichou");
        sns.reject(saved.id(), sns.draft(saved.id()).contentHash(), "時期が適切ではありません");
        assertThat(sns.draft(saved.id()).state()).isEqualTo(DraftState.REJECTED);
        signIn("seinenbu");
        DraftDetail rejected = sns.draft(saved.id());
        assertThat(rejected.canEdit()).isFalse();
        assertThatThrownBy(() -> sns.save(saved.id(), rejected.version(), form("x")))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.not-editable");
    }

    @Test
    void over_the_x_limit_cannot_be_submitted() {
        signIn("shokikyoku");
        Saved saved = sns.create(form("あ".repeat(141)));
        assertThatThrownBy(() -> sns.submit(saved.id(), saved.version())).hasFieldOrPropertyWithValue("messageKey",
                "sns.error.too-long");
        Saved none = sns.create(new DraftForm("題", "本文", "", Set.of(), "組合公式アカウント", null, null, List.of()));
        assertThatThrownBy(() -> sns.submit(none.id(), none.version())).hasFieldOrPropertyWithValue("field",
                SnsDraftService.FIELD_NETWORKS);
    }

    @Test
    void bad_input_is_refused_field_by_field() {
        signIn("shokikyoku");
        assertThatThrownBy(() -> sns.create(new DraftForm(" ", "本文", "", Set.of(Network.X), "a", null, null,
                List.of()))).hasFieldOrPropertyWithValue("field", SnsDraftService.FIELD_TITLE);
        assertThatThrownBy(() -> sns.create(new DraftForm("x".repeat(101), "本文", "", Set.of(Network.X), "a", null,
                null, List.of()))).hasFieldOrPropertyWithValue("messageKey", "validation.too-long");
        assertThatThrownBy(() -> sns.create(form("<script>alert(1)</script>")))
                .hasFieldOrPropertyWithValue("messageKey", "validation.markup");
        assertThatThrownBy(() -> sns.create(form("本文\u0007ベル"))).hasFieldOrPropertyWithValue("messageKey",
                "validation.control-characters");
        assertThatThrownBy(() -> sns.create(form("あ".repeat(DraftForm.BODY_MAX_LENGTH + 1))))
                .hasFieldOrPropertyWithValue("messageKey", "validation.too-long");
        assertThatThrownBy(() -> sns.create(new DraftForm("題", "本文", "#春 闘<b>", Set.of(Network.X), "a", null,
                null, List.of()))).hasFieldOrPropertyWithValue("field", SnsDraftService.FIELD_HASHTAGS);
        assertThatThrownBy(() -> sns.create(new DraftForm("題", "本文", "", Set.of(Network.X), "a",
                LocalDateTime.now(UnionTime.ZONE).minusHours(1), null, List.of())))
                .hasFieldOrPropertyWithValue("field", SnsDraftService.FIELD_POST_AT);
        // line breaks, tabs, emoji with joiners and "3<5" are prose, not attacks
        Saved ok = sns.create(form("一行目\n\t二行目 👨‍👩‍👧 3<5"));
        assertThat(sns.draft(ok.id()).form().body()).isEqualTo("一行目\n\t二行目 👨‍👩‍👧 3<5");
    }

    @Test
    void hashtags_are_normalised() {
        assertThat(SnsDraftService.normalizeHashtags("春闘, ＃人員確保　#春闘")).isEqualTo("#春闘 #人員確保");
    }

    @Test
    void two_people_saving_the_same_version_conflict() {
        signIn("shokikyoku");
        Saved saved = sns.create(form("最初の本文"));
        sns.save(saved.id(), saved.version(), form("書記局の修正"));
        signIn("iinchou");
        assertThatThrownBy(() -> sns.save(saved.id(), saved.version(), form("委員長の修正")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_recruiter_edits_only_their_own_drafts() {
        signIn("shokikyoku");
        Saved saved = sns.create(form("書記局の下書き"));
        signIn("seinenbu");
        assertThat(sns.draft(saved.id()).canEdit()).isFalse();
        assertThatThrownBy(() -> sns.save(saved.id(), saved.version(), form("青年部が上書き")))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.not-yours");
    }

    @Test
    void versions_are_kept_and_compared_character_by_character() {
        signIn("shokikyoku");
        Saved saved = sns.create(form("保育士を増やして"));
        // a pause of more than a minute: the next save is a version of its own (one burst is one version)
        jdbc.update("update sns_draft set burst_at = date_sub(burst_at, interval 2 minute) where id = ?", saved.id());
        sns.save(saved.id(), saved.version(), form("保育士をすぐに増やして"));
        List<DiffPart> diff = sns.diff(saved.id(), 1, 2);
        assertThat(diff).contains(new DiffPart(DiffPart.Change.ADDED, "すぐに"));
        assertThat(sns.draft(saved.id()).revisions()).extracting(r -> r.revision()).containsExactly(2, 1);
    }

    @Test
    void a_draft_whose_posting_time_passes_unapproved_expires() {
        Saved saved = submitted("shokikyoku");
        signIn("shokikyoku");
        Saved approvedOne = sns.create(form("承認済みのもの"));
        // only the test's own drafts are overdue (moving the clock would expire the demo's drafts other tests use)
        java.sql.Timestamp past = java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(5)));
        jdbc.update("update sns_draft set post_at = ? where id in (?, ?)", past, saved.id(), approvedOne.id());
        jdbc.update("update sns_draft set state = 'APPROVED' where id = ?", approvedOne.id());
        jp.kumiaidesk.base.SystemAuthentication.run(() -> sns.expireOverdue());
        assertThat(sns.draft(saved.id()).state()).isEqualTo(DraftState.EXPIRED);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'sns.expired' and "
                + "target_id = ?", String.class, String.valueOf(saved.id())))
                .isEqualTo("hash " + sns.draft(saved.id()).contentHash());
        assertThat(sns.draft(approvedOne.id()).state()).isEqualTo(DraftState.APPROVED);
        jp.kumiaidesk.base.SystemAuthentication.run(() -> sns.expireOverdue());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'sns.expired' and "
                + "target_id = ?", Integer.class, String.valueOf(saved.id()))).as("expired once").isEqualTo(1);
    }

    @Test
    void executives_who_let_the_deadline_pass_are_reminded_once() {
        Saved saved = submitted("shokikyoku");
        // the demo policy gives SNS drafts 48 hours
        Clock later = Clock.fixed(clock.instant().plus(Duration.ofHours(49)), ZoneOffset.UTC);
        SnsDraftService inTwoDays = new SnsDraftService(repository, approvals, images, notifications, users,
                events, jdbc, later, retry);
        signIn("admin");
        inTwoDays.remindPastDeadline();
        inTwoDays.remindPastDeadline();
        String count = "select count(*) from notification where recipient = ? and message_key = "
                + "'notification.sns.deadline-passed' and link = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, "shokichou", "sns/drafts/" + saved.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject(count, Integer.class, "iinchou", "sns/drafts/" + saved.id())).isEqualTo(1);
    }

    @Test
    void the_approvers_are_notified_when_a_draft_is_submitted() {
        Saved saved = submitted("seinenbu");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'iinchou' and "
                + "message_key = 'notification.sns.review-requested' and link = ?", Integer.class,
                "sns/drafts/" + saved.id())).isEqualTo(1);
        signIn("iinchou");
        assertThat(sns.waitingForMe()).extracting(r -> r.id()).contains(saved.id());
    }

    @Test
    void a_posted_draft_keeps_its_url() {
        Saved saved = submitted("shokikyoku");
        for (String executive : List.of("iinchou")) {
            signIn(executive);
            tickAll(saved.id());
            sns.approve(saved.id(), sns.draft(saved.id()).contentHash());
        }
        signIn("shokikyoku");
        assertThatThrownBy(() -> sns.markPosted(saved.id(), "javascript:alert(1)"))
                .hasFieldOrPropertyWithValue("field", SnsDraftService.FIELD_POST_URL);
        sns.markPosted(saved.id(), "https://x.com/kumiai/status/1");
        assertThat(sns.draft(saved.id()).state()).isEqualTo(DraftState.POSTED);
        assertThat(approvals.decisions(ApprovalKind.SNS_DRAFT, saved.id())).hasSize(1);
    }
}
