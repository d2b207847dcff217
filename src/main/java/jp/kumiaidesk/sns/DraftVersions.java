package jp.kumiaidesk.sns;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.sns.SnsViews.DiffPart;

/** Two stored versions of a draft compared as a reader sees them: in their language (see {@link VersionText}). */
@Service
public class DraftVersions {

    private final SnsDraftService drafts;
    private final JdbcTemplate jdbc;
    private final Translations texts;

    DraftVersions(SnsDraftService drafts, JdbcTemplate jdbc, Translations texts) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** The character-by-character diff between two versions, labels, networks, time and campaign translated. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public List<DiffPart> diff(long id, int fromRevision, int toRevision, Locale locale) {
        drafts.find(id);
        LongFunction<String> campaign = campaignId -> jdbc.queryForList("select name from sns_campaign where id = ?",
                String.class, campaignId).stream().findFirst().orElse(null);
        return SnsDraftService.diff(VersionText.readable(stored(id, fromRevision), texts, locale, campaign),
                VersionText.readable(stored(id, toRevision), texts, locale, campaign));
    }

    private String stored(long id, int revision) {
        return jdbc.queryForList("select content from sns_draft_revision where draft_id = ? and revision = ?",
                String.class, id, revision).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("sns_draft_revision", id + "/" + revision));
    }
}
