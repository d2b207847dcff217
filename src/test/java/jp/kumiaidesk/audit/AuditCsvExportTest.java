package jp.kumiaidesk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;

class AuditCsvExportTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @Autowired
    org.springframework.transaction.support.TransactionOperations transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void an_administrator_exports_the_trail_of_a_date_range_as_csv() {
        String marker = unique("csv-export-");
        SystemAuthentication.run(() -> transactions.executeWithoutResult(tx -> events.publishEvent(
                AuditEntry.now("user.updated", "user", 1, marker))));
        openAs("admin", "admin/audit");
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-csv")).getText()).isEqualTo("CSVで書き出す（絞り込みの期間）");

        LocalDate today = UnionTime.today();
        String csv = new String(audit.exportCsv(new AuditQuery(null, null, marker, today, today), Locale.JAPANESE),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF日時,ユーザー,ログイン名,操作,対象,内容");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("システム（自動処理）,system,ユーザー変更", "user #1", marker);
        String yesterday = new String(audit.exportCsv(new AuditQuery(null, null, marker, today.minusDays(1),
                today.minusDays(1)), Locale.JAPANESE), StandardCharsets.UTF_8);
        assertThat(yesterday.lines()).hasSize(1);
    }

    @Test
    void a_persons_row_has_their_name_and_their_login_name_in_columns_of_their_own() {
        String marker = unique("csv-who-");
        signIn("shokichou");
        transactions.executeWithoutResult(tx -> events.publishEvent(AuditEntry.now("user.updated", "user", 1,
                marker)));
        signIn("admin");
        LocalDate today = UnionTime.today();
        String csv = new String(audit.exportCsv(new AuditQuery(null, null, marker, today, today), Locale.ENGLISH),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFWhen,User,Login name,");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(",佐藤 花子（書記長）,shokichou,");
    }

    @Test
    void only_administrators_export() {
        signIn("shokichou");
        assertThatThrownBy(() -> audit.exportCsv(new AuditQuery(null, null, null, null, null), Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
