package jp.kumiaidesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import jp.kumiaidesk.KaribuTest;

/** Audit details are stored as technical text and read in the user's language: no enum names on screen. */
class AuditDetailsTest extends KaribuTest {

    @Test
    void stored_details_are_shown_in_japanese() {
        openAs("admin", "admin/audit");
        AuditDetails details = new AuditDetails(UI.getCurrent(), () -> Locale.JAPANESE);
        assertThat(details.of("hire.status-changed", "TALKED")).isEqualTo("声かけ済");
        assertThat(details.of("hire.updated", "JOINED_COMPETITOR")).isEqualTo("競合加入");
        assertThat(details.of("hire.contacted", "FACE_TO_FACE")).isEqualTo("対面");
        assertThat(details.of("sns.metrics-recorded", "X 2026-11-27")).isEqualTo("X 2026年11月27日");
        assertThat(details.of("user.created", "seinenbu roles=[RECRUITER] workplaces=[3, 4]"))
                .contains("seinenbu", "青年部・組織担当").doesNotContain("RECRUITER", "roles=");
        assertThat(details.of("approval.approved", "hash 0123456789abcdef0123")).isEqualTo("内容ハッシュ 0123456789ab");
        assertThat(details.of("sns.edited", "revision 3, hash 0123456789abcdef")).isEqualTo("第3版・内容ハッシュ 0123456789ab");
        assertThat(details.of("hire.exported", "12 rows")).isEqualTo("12件");
        assertThat(details.of("workplace.created", "市民課 正規10")).isEqualTo("市民課 正規10");
    }
}
