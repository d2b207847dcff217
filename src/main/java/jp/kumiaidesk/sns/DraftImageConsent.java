package jp.kumiaidesk.sns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.media.ConsentRecorded;

/**
 * When someone records the consent for an image, every draft showing it changed for its reviewers: their open
 * pages learn it live (through {@link SnsDraftBroadcaster}, after the commit) instead of saying it is missing until
 * they reload.
 */
@Component
class DraftImageConsent {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DraftImageConsent(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void onConsent(ConsentRecorded consent) {
        jdbc.queryForList("select distinct draft_id from sns_draft_image where image_id = ?", Long.class,
                consent.imageId()).forEach(id -> events.publishEvent(new SnsDraftChanged(id, consent.by(), false)));
    }
}
