package jp.kumiaidesk.media;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.SystemAuthentication;

/**
 * Who may see an image, and record consent for it: whoever uploaded it, and whoever may see (for consent: edit) the
 * SNS draft, newsletter or bargaining session that holds it — the same roles as those features' services. An image
 * id alone opens nothing. The holders are read from their link tables ({@code sns_draft_image},
 * {@code sns_campaign_banner}, {@code newsletter_photo}, {@code session_photo}); a new holder of images adds its table here.
 */
@Component
class ImageAccess {

    private static final Set<String> SNS = Set.of("ROLE_RECRUITER", "ROLE_SECRETARIAT", "ROLE_EXECUTIVE");
    private static final Set<String> NEWS_READ = Set.of("ROLE_SECRETARIAT", "ROLE_EXECUTIVE", "ROLE_ADMIN");
    private static final Set<String> NEWS_WRITE = Set.of("ROLE_SECRETARIAT", "ROLE_ADMIN");

    private final JdbcTemplate jdbc;

    ImageAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean canView(long imageId) {
        return allowed(imageId, SNS, NEWS_READ);
    }

    boolean canRecordConsent(long imageId) {
        return allowed(imageId, SNS, NEWS_WRITE);
    }

    private boolean allowed(long imageId, Set<String> sns, Set<String> bargaining) {
        String me = SystemAuthentication.currentActor();
        if (SystemAuthentication.SYSTEM.equals(me)) {
            return true;
        }
        List<String> uploader = jdbc.queryForList("select uploaded_by from stored_image where id = ?", String.class,
                imageId);
        if (uploader.isEmpty()) {
            return false;
        }
        if (uploader.getFirst().equals(me)) {
            return true;
        }
        Set<String> roles = roles();
        return roles.stream().anyMatch(sns::contains)
                        && (held("sns_draft_image", imageId) || held("sns_campaign_banner", imageId))
                || roles.stream().anyMatch(bargaining::contains)
                        && (held("newsletter_photo", imageId) || held("session_photo", imageId));
    }

    private boolean held(String table, long imageId) {
        return !jdbc.queryForList("select 1 from " + table + " where image_id = ? limit 1", Integer.class, imageId)
                .isEmpty();
    }

    private static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
