package jp.kumiaidesk.notification.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationView;

/** 通知: the signed-in user's notifications, newest first; opening one marks it read and goes to its subject. */
@Route("notifications")
@Menu(order = 80, title = "menu.notifications", icon = "vaadin:bell")
@PermitAll
final class NotificationsView extends Main implements HasDynamicTitle {

    NotificationsView(NotificationService notifications) {
        addClassName("kd-view");
        Grid<NotificationView> grid = new Grid<>();
        grid.addComponentColumn(n -> {
            Div line = new Div();
            line.addClassName(n.read() ? "kd-notification-read" : "kd-notification-unread");
            Span when = new Span(UnionTime.dateTime(n.createdAt(), getLocale()));
            when.addClassName("kd-muted");
            line.add(new Div(getTranslation(n.messageKey(), n.argument())), when);
            line.getElement().setAttribute("data-testid", "notification");
            return line;
        }).setHeader(getTranslation("notifications.title"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setItems(query -> notifications.mine(OffsetLimit.of(query)).stream());
        grid.addItemClickListener(e -> {
            notifications.markRead(e.getItem().id());
            String link = e.getItem().link();
            if (link != null && !link.isBlank()) {
                UI.getCurrent().navigate(link);
            } else {
                grid.getDataProvider().refreshAll();
            }
        });
        grid.setSizeFull();
        Button allRead = new Button(getTranslation("notifications.mark-all-read"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        allRead.setId("notifications-mark-all-read");
        add(allRead, grid);
        addClassName("kd-fill");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.notifications");
    }
}
