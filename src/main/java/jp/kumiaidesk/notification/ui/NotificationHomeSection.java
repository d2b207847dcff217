package jp.kumiaidesk.notification.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;

import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationView;

/** Unread notifications at the top of the home page. */
@Component
class NotificationHomeSection implements HomeSection {

    private final NotificationService notifications;

    NotificationHomeSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        List<NotificationView> unread = notifications.mine(PageRequest.of(0, 20)).getContent().stream()
                .filter(n -> !n.read()).limit(5).toList();
        if (unread.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-notifications");
        card.add(new H3(card.getTranslation("home.unread", notifications.unreadCount())));
        for (NotificationView n : unread) {
            Div line = new Div(card.getTranslation(n.messageKey(), n.argument()));
            line.getElement().setAttribute("data-testid", "home-notification");
            card.add(line);
        }
        card.add(new RouterLink(card.getTranslation("home.open-notifications"), NotificationsView.class));
        return Optional.of(card);
    }
}
