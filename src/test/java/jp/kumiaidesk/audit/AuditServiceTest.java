package jp.kumiaidesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.UnionTime;

class AuditServiceTest extends ServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void entries_are_searchable_by_actor_action_text_and_date() {
        String marker = unique("検索");
        signIn("shokikyoku");
        transactions.executeWithoutResult(tx -> events.publishEvent(
                AuditEntry.now("test.searched", "thing", 42, "メモ " + marker)));
        signIn("admin");
        LocalDate today = LocalDate.now(UnionTime.ZONE);
        var found = audit.search(new AuditQuery("shokikyoku", "test.searched", marker, today, today),
                PageRequest.of(0, 10));
        assertThat(found.getContent()).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("shokikyoku");
            assertThat(e.getTargetId()).isEqualTo("42");
            assertThat(e.getOccurredAt()).isNotNull();
        });
        assertThat(audit.search(new AuditQuery("iinchou", null, marker, null, null), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(audit.search(new AuditQuery(null, null, marker, today.minusDays(3), today.minusDays(1)),
                PageRequest.of(0, 10))).isEmpty();
        assertThat(audit.actions()).contains("test.searched");
    }

    @Test
    void percent_and_underscore_in_the_search_are_literal() {
        signIn("admin");
        assertThat(audit.search(new AuditQuery(null, null, "%", null, null), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void the_trail_is_append_only_even_for_direct_sql() {
        signIn("admin");
        transactions.executeWithoutResult(tx -> events.publishEvent(AuditEntry.now("test.fixed", null, null, "x")));
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone-else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasMessageContaining("append-only");
    }

    @Test
    void an_entry_rolls_back_with_the_change_it_describes() {
        String marker = unique("rollback");
        signIn("admin");
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(AuditEntry.now("test.rolled-back", null, null, marker));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where details = ?", Integer.class, marker))
                .isZero();
    }

    @Test
    void only_administrators_read_the_trail() {
        signIn("iinchou");
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
