package jp.kumiaidesk.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.workplace.ui.WorkplacesViewAccess;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Test
    void the_bell_counts_unread_notifications_and_opening_one_goes_to_its_subject() {
        login("shokichou");
        notifications.markAllRead();
        notifications.notify(new Recipient("shokichou", null), "notification.welcome", "佐藤", "workplaces");
        UI.getCurrent().navigate("notifications");
        Span badge = _get(Span.class, spec -> spec.withClasses("kd-bell-badge"));
        assertThat(badge.getText()).isEqualTo("1");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        assertThat(notifications.unreadCount()).isZero();
        WorkplacesViewAccess.assertShown();
    }

    @Test
    void mark_all_read_empties_the_bell() {
        login("iinchou");
        notifications.notify(new Recipient("iinchou", null), "notification.welcome", "山田", "");
        UI.getCurrent().navigate("notifications");
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));
        assertThat(notifications.unreadCount()).isZero();
    }
}
