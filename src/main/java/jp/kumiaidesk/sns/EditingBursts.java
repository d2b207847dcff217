package jp.kumiaidesk.sns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One editing burst is one version: an editor's saves (autosaves included) replace their own last revision until
 * they pause for {@link #PAUSE} or someone else acts on the draft (a comment, a tick, a decision, a submission, a
 * save by another editor). The burst is kept in two columns written with plain SQL, outside the entity, so that
 * ending it never makes an open editor's copy of the draft stale.
 */
final class EditingBursts {

    static final Duration PAUSE = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EditingBursts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Whether the edit by {@code editor} continues their burst: they made the last revision, saved less than a
     * minute ago, nobody acted since, and nobody decided on the version it would replace (approvals stay bound to
     * exactly what was approved).
     */
    boolean continues(SnsDraft draft, String editor, String hashBefore) {
        List<Boolean> open = jdbc.query("select burst_by = ? and burst_at > ? from sns_draft where id = ?",
                (rs, i) -> rs.getBoolean(1), editor, Timestamp.from(clock.instant().minus(PAUSE)), draft.getId());
        if (open.isEmpty() || !Boolean.TRUE.equals(open.get(0))) {
            return false;
        }
        Integer decided = jdbc.queryForObject("select count(*) from approval_decision where kind = 'SNS_DRAFT' "
                + "and subject_id = ? and content_hash = ?", Integer.class, draft.getId(), hashBefore);
        return decided != null && decided == 0;
    }

    void start(long draftId, String editor) {
        jdbc.update("update sns_draft set burst_by = ?, burst_at = ? where id = ?", editor,
                Timestamp.from(clock.instant()), draftId);
    }

    /** Someone acted on the draft other than by editing it: the next edit is a new version. */
    void end(long draftId) {
        jdbc.update("update sns_draft set burst_by = null, burst_at = null where id = ? and burst_by is not null",
                draftId);
    }

    void replaceLastRevision(SnsDraft draft, String editor) {
        jdbc.update("update sns_draft_revision set content_hash = ?, content = ?, saved_by = ?, saved_at = ? "
                + "where draft_id = ? and revision = ?", draft.contentHash(), draft.snapshot(), editor,
                Timestamp.from(clock.instant()), draft.getId(), draft.revision());
    }
}
