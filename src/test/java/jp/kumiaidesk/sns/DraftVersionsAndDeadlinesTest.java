package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.Saved;

/** Issue #11: versions that mean something, and deadlines that make sense. */
class DraftVersionsAndDeadlinesTest extends ServiceTest {

    @Autowired
    SnsDraftService sns;

    private static DraftForm form(String body) {
        return SnsDraftServiceTest.form(body);
    }

    private static DraftForm withBody(DraftForm f, String body) {
        return new DraftForm(f.title(), body, f.hashtags(), f.networks(), f.targetAccount(), f.postAt(),
                f.campaignId(), f.imageIds(), f.approveBy());
    }

    private int revisionRows(long id) {
        return jdbc.queryForObject("select count(*) from sns_draft_revision where draft_id = ?", Integer.class, id);
    }

    private void tickAll(long id) {
        String hash = sns.draft(id).contentHash();
        for (ChecklistItem item : ChecklistItem.values()) {
            sns.tick(id, hash, item, true);
        }
    }

    @Test
    void an_executives_save_without_changes_is_no_version_and_does_not_block_their_approval() {
        signIn("seinenbu");
        Saved saved = sns.create(form("職場の声を聞かせてください"));
        sns.submit(saved.id(), saved.version());
        signIn("shokichou");
        DraftDetail before = sns.draft(saved.id());
        Saved again = sns.save(saved.id(), before.version(), before.form());
        DraftDetail after = sns.draft(saved.id());
        assertThat(again.contentChanged()).isFalse();
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.updatedByName()).isEqualTo(before.updatedByName()).doesNotContain("書記長");
        assertThat(after.canReview()).isTrue();
        tickAll(saved.id());
        assertThat(sns.approve(saved.id(), after.contentHash()).complete()).isTrue();
    }

    @Test
    void autosaves_in_one_burst_are_one_version_until_someone_else_acts_or_the_editor_pauses() {
        signIn("shokikyoku");
        // the large demo data's audit trail names made-up drafts by number: count only this test's entries
        long auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        Saved saved = sns.create(form("下書き"));
        Saved a = sns.save(saved.id(), saved.version(), withBody(form("下書き"), "下書きを"));
        Saved b = sns.save(saved.id(), a.version(), withBody(form("下書き"), "下書きを書いています"));
        DraftDetail detail = sns.draft(saved.id());
        assertThat(b.contentChanged()).isTrue();
        assertThat(detail.revision()).isEqualTo(1);
        assertThat(revisionRows(saved.id())).isEqualTo(1);
        // the one revision is what the draft now says: its hash is the draft's
        assertThat(detail.revisions()).singleElement()
                .satisfies(r -> assertThat(r.contentHash()).isEqualTo(detail.contentHash()));

        // someone else comments: the next save is a new version
        signIn("iinchou");
        sns.comment(saved.id(), "いいですね");
        signIn("shokikyoku");
        Saved c = sns.save(saved.id(), b.version(), withBody(form("下書き"), "下書きを書きました"));
        assertThat(sns.draft(saved.id()).revision()).isEqualTo(2);
        Saved d = sns.save(saved.id(), c.version(), withBody(form("下書き"), "下書きを書きました。"));
        assertThat(sns.draft(saved.id()).revision()).isEqualTo(2);

        // a pause of more than a minute ends the burst too
        jdbc.update("update sns_draft set burst_at = date_sub(burst_at, interval 2 minute) where id = ?",
                saved.id());
        sns.save(saved.id(), d.version(), withBody(form("下書き"), "下書きを書きました！"));
        assertThat(sns.draft(saved.id()).revision()).isEqualTo(3);
        assertThat(revisionRows(saved.id())).isEqualTo(3);
        assertThat(sns.diff(saved.id(), 2, 3)).isNotEmpty();
        // the audit trail has an entry per version, not per autosave: the first burst is the creation's own
        assertThat(jdbc.queryForList("select details from audit_event where action = 'sns.edited' and target_id = ? "
                + "and id > ? order by id", String.class, String.valueOf(saved.id()), auditBefore))
                .satisfiesExactly(first -> assertThat(first).startsWith("revision 2,"),
                        second -> assertThat(second).startsWith("revision 3,"));
    }

    @Test
    void an_edit_right_after_approval_is_a_new_version_and_the_approval_does_not_carry_over() {
        signIn("shokikyoku");
        Saved saved = sns.create(form("承認される文"));
        sns.submit(saved.id(), saved.version());
        signIn("iinchou");
        tickAll(saved.id());
        String approvedHash = sns.draft(saved.id()).contentHash();
        sns.approve(saved.id(), approvedHash);
        signIn("shokikyoku");
        DraftDetail approved = sns.draft(saved.id());
        assertThat(approved.state()).isEqualTo(DraftState.APPROVED);
        sns.save(saved.id(), approved.version(), withBody(approved.form(), "承認されたあとで直した文"));
        DraftDetail after = sns.draft(saved.id());
        assertThat(after.revision()).isEqualTo(approved.revision() + 1);
        assertThat(after.state()).isEqualTo(DraftState.IN_REVIEW);
        assertThat(after.approval().approvedBy()).isEmpty();
        // the approved version is still in the history with its hash
        assertThat(after.revisions()).extracting(r -> r.contentHash()).contains(approvedHash);
    }

    @Test
    void an_approval_deadline_after_the_posting_time_is_refused_next_to_its_field() {
        signIn("shokikyoku");
        DraftForm f = form("期限のある投稿");
        DraftForm late = new DraftForm(f.title(), f.body(), f.hashtags(), f.networks(), f.targetAccount(),
                f.postAt(), null, List.of(), f.postAt().plusHours(1));
        assertThatThrownBy(() -> sns.create(late))
                .hasFieldOrPropertyWithValue("field", SnsDraftService.FIELD_APPROVE_BY)
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.deadline-after-post");
        DraftForm fine = new DraftForm(f.title(), f.body(), f.hashtags(), f.networks(), f.targetAccount(),
                f.postAt(), null, List.of(), f.postAt().minusHours(2));
        Saved saved = sns.create(fine);
        sns.submit(saved.id(), saved.version());
        assertThat(sns.draft(saved.id()).approval().deadline())
                .isEqualTo(f.postAt().minusHours(2).atZone(UnionTime.ZONE).toInstant());
    }

    @Test
    void without_its_own_deadline_a_draft_is_due_by_its_posting_time_at_the_latest() {
        signIn("shokikyoku");
        DraftForm f = form("すぐ投稿する");
        LocalDateTime soon = LocalDateTime.now(UnionTime.ZONE).plusHours(5).withNano(0);
        Saved saved = sns.create(new DraftForm(f.title(), f.body(), f.hashtags(), EnumSet.of(Network.X),
                f.targetAccount(), soon, null, List.of()));
        sns.submit(saved.id(), saved.version());
        // the demo policy allows 48 hours, but the post goes out in 5
        assertThat(sns.draft(saved.id()).approval().deadline()).isEqualTo(soon.atZone(UnionTime.ZONE).toInstant());
    }

    @Test
    void when_a_draft_expires_its_author_is_told() {
        signIn("seinenbu");
        Saved saved = sns.create(form("期限切れになる投稿"));
        jdbc.update("update sns_draft set post_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), saved.id());
        signIn("admin");
        sns.expireOverdue();
        signIn("seinenbu");
        assertThat(sns.draft(saved.id()).state()).isEqualTo(DraftState.EXPIRED);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'seinenbu' and "
                + "message_key = 'notification.sns.expired' and link = ?", Integer.class,
                "sns/drafts/" + saved.id())).isEqualTo(1);
    }
}
