package jp.kumiaidesk.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.LazyScroll;
import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.audit.AuditEvent;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;

/** Every lazy grid outside recruitment scrolls to its end in windows that do not start on a page boundary. */
class LazyGridsViewTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    SnsDraftService sns;

    @Test
    void the_users_and_the_audit_trail_scroll_to_their_end() {
        openAs("admin", "admin/users");
        assertThat(LazyScroll.toEnd(_get(Grid.class).getDataCommunicator(), 2, 3)).hasSizeGreaterThan(3);

        String marker = unique("scroll-");
        for (int i = 0; i < 30; i++) {
            ctx.publishEvent(AuditEntry.now("test.scroll", "test", i, marker));
        }
        UI.getCurrent().navigate("admin/audit");
        type(_get(TextField.class, spec -> spec.withLabel("キーワード")), marker);
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> trail = _get(Grid.class);
        assertThat(LazyScroll.toEnd(trail.getDataCommunicator(), 4, 7, AuditEvent::getId)).hasSize(30);
    }

    @Test
    void notifications_scroll_to_their_end() {
        login("iinchou");
        for (int i = 0; i < 12; i++) {
            notifications.notify(new Recipient("iinchou", null), "notification.welcome", unique("窓"), "");
        }
        UI.getCurrent().navigate("notifications");
        assertThat(LazyScroll.toEnd(_get(Grid.class).getDataCommunicator(), 3, 5)).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void sns_drafts_scroll_to_their_end() {
        login("shokichou");
        for (int i = 0; i < 8; i++) {
            sns.create(new DraftForm(unique("窓 "), "本文", "", Set.of(Network.X), "組合公式アカウント", null, null,
                    List.of()));
        }
        UI.getCurrent().navigate("sns");
        _get(Tabs.class).setSelectedIndex(0); // すべて
        assertThat(LazyScroll.toEnd(_get(Grid.class).getDataCommunicator(), 3, 5)).hasSizeGreaterThanOrEqualTo(8);
    }
}
