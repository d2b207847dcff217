package jp.kumiaidesk.bargaining.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.PublishClock;
import jp.kumiaidesk.bargaining.SessionRow;
import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.UnionTime;

/** 速報未発行: the secretariat's sessions of the last two weeks whose newsletter is not out, with the running clock. */
@Component
class AwaitingNewsletterHomeSection implements HomeSection {

    private final BargainingService bargaining;
    private final AuthenticationContext authentication;
    private final Clock clock;

    AwaitingNewsletterHomeSection(BargainingService bargaining, AuthenticationContext authentication, Clock clock) {
        this.bargaining = bargaining;
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasRole(Role.SECRETARIAT.roleName())) {
            return Optional.empty();
        }
        List<SessionRow> waiting = bargaining.awaitingNewsletter(14);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-sessions-without-newsletter");
        card.add(new H3(card.getTranslation("home.sessions-without-newsletter", waiting.size())));
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        boolean ja = "ja".equals(locale.getLanguage());
        for (SessionRow row : waiting.stream().limit(8).toList()) {
            String text = UnionTime.date(row.heldOn(), locale) + "　" + card.getTranslation(row.kind().translationKey())
                    + "（" + row.seasonName() + "）　" + card.getTranslation("same-day.not-yet",
                            PublishClock.format(row.clock().elapsed(clock.instant()), ja));
            Anchor line = new Anchor("bargaining/sessions/" + row.id(), text);
            line.getElement().setAttribute("data-testid", "session-without-newsletter");
            card.add(new Div(line));
        }
        return Optional.of(card);
    }
}
