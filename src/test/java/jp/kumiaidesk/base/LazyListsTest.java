package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.audit.AuditEvent;
import jp.kumiaidesk.audit.AuditQuery;
import jp.kumiaidesk.audit.AuditService;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;

/**
 * Every service behind a lazy list returns exactly the rows asked for, also for windows that do not start on a
 * page boundary (what a scrolling list asks for).
 */
class LazyListsTest extends ServiceTest {

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    NotificationService notifications;

    @Autowired
    SnsDraftService sns;

    @Test
    void an_offset_that_is_not_a_multiple_of_the_limit_is_kept_as_it_is() {
        OffsetLimit window = OffsetLimit.of(75, 50);
        assertThat(window.getOffset()).isEqualTo(75);
        assertThat(window.getPageSize()).isEqualTo(50);
        assertThat(window.next().getOffset()).isEqualTo(125);
        assertThat(window.previousOrFirst().getOffset()).isEqualTo(25);
        assertThat(window.first().getOffset()).isZero();
    }

    @Test
    void users_and_the_audit_trail_in_any_window() {
        signIn("admin");
        assertWindows(p -> users.list(p).getContent(), 2);
        String marker = unique("window-");
        for (int i = 0; i < 20; i++) {
            ctx.publishEvent(AuditEntry.now("test.window", "test", i, marker));
        }
        AuditQuery mine = new AuditQuery(null, null, marker, null, null);
        assertWindows(p -> audit.search(mine, p).map(AuditEvent::getId).getContent(), 7);
    }

    @Test
    void notifications_in_any_window() {
        signIn("iinchou");
        for (int i = 0; i < 9; i++) {
            notifications.notify(new Recipient("iinchou", null), "notification.welcome", unique("窓"), "");
        }
        assertWindows(p -> notifications.mine(p).getContent(), 4);
    }

    @Test
    void sns_drafts_in_any_window() {
        signIn("shokichou");
        for (int i = 0; i < 7; i++) {
            sns.create(new DraftForm(unique("窓 "), "本文", "", java.util.Set.of(Network.X), "組合公式アカウント", null,
                    null, List.of()));
        }
        assertWindows(p -> sns.list(null, p).getContent(), 3);
    }

    /** Windows of {@code limit} rows starting one row apart give exactly the rows of one big page. */
    static <T> void assertWindows(Function<Pageable, List<T>> fetch, int limit) {
        List<T> all = fetch.apply(PageRequest.of(0, 10_000));
        assertThat(all).hasSizeGreaterThan(limit * 2);
        for (int offset : new int[] {0, 1, limit - 1, limit + 1, 2 * limit + 1, all.size() - 1}) {
            assertThat(fetch.apply(OffsetLimit.of(offset, limit))).as("offset %d, limit %d", offset, limit)
                    .isEqualTo(all.subList(offset, Math.min(all.size(), offset + limit)));
        }
    }
}
