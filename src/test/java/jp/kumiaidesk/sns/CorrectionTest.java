package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.Saved;

/** Issue #11: the handbook's ③ check and ⑤ correction after posting. */
class CorrectionTest extends ServiceTest {

    @Autowired
    SnsDraftService sns;

    private void approve(long id) {
        signIn("iinchou");
        String hash = sns.draft(id).contentHash();
        for (ChecklistItem item : ChecklistItem.values()) {
            sns.tick(id, hash, item, true);
        }
        sns.approve(id, hash);
    }

    @Test
    void the_source_check_is_part_of_the_checklist() {
        signIn("shokikyoku");
        Saved saved = sns.create(SnsDraftServiceTest.form("出典を確かめる投稿"));
        sns.submit(saved.id(), saved.version());
        signIn("iinchou");
        String hash = sns.draft(saved.id()).contentHash();
        for (ChecklistItem item : ChecklistItem.values()) {
            if (item != ChecklistItem.SOURCE_CHECK) {
                sns.tick(saved.id(), hash, item, true);
            }
        }
        assertThatThrownBy(() -> sns.approve(saved.id(), hash))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.checklist");
        sns.tick(saved.id(), hash, ChecklistItem.SOURCE_CHECK, true);
        assertThat(sns.approve(saved.id(), hash).complete()).isTrue();
    }

    @Test
    void a_posted_draft_that_needs_a_correction_records_why_and_starts_a_correction_draft_for_approval() {
        signIn("shokikyoku");
        Saved saved = sns.create(SnsDraftServiceTest.form("日付けを間違えた投稿"));
        sns.submit(saved.id(), saved.version());
        assertThatThrownBy(() -> sns.correct(saved.id(), "日付けの誤り"))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.not-posted");
        approve(saved.id());
        signIn("shokikyoku");
        sns.markPosted(saved.id(), "https://x.com/kumiai/status/" + System.nanoTime());
        assertThatThrownBy(() -> sns.correct(saved.id(), " "))
                .hasFieldOrPropertyWithValue("field", SnsDraftService.FIELD_CORRECTION);
        long correctionId = sns.correct(saved.id(), "集会の日付けが誤っていた");
        assertThat(sns.correct(saved.id(), "もう一度")).isEqualTo(correctionId);

        DraftDetail posted = sns.draft(saved.id());
        assertThat(posted.correction().reason()).isEqualTo("集会の日付けが誤っていた");
        assertThat(posted.correction().correctedById()).isEqualTo(correctionId);
        DraftDetail correction = sns.draft(correctionId);
        assertThat(correction.state()).isEqualTo(DraftState.DRAFT);
        assertThat(correction.form().title()).startsWith("【訂正】");
        assertThat(correction.correction().correctsId()).isEqualTo(saved.id());
        assertThat(sns.corrections(YearMonth.now(UnionTime.ZONE))).anySatisfy(row -> {
            assertThat(row.id()).isEqualTo(saved.id());
            assertThat(row.correctionId()).isEqualTo(correctionId);
            assertThat(row.correctionState()).isEqualTo(DraftState.DRAFT);
        });

        // the correction goes through approval like any other draft
        sns.submit(correctionId, correction.version());
        approve(correctionId);
        signIn("shokikyoku");
        assertThat(sns.draft(correctionId).state()).isEqualTo(DraftState.APPROVED);
    }
}
