package jp.kumiaidesk.newsletter.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.newsletter.NewsletterService;
import jp.kumiaidesk.newsletter.NewsletterView;

/** 承認待ちの速報 on an executive's home page: each line opens the newsletter to approve. */
@Component
class AwaitingApprovalHomeSection implements HomeSection {

    private final NewsletterService newsletters;
    private final AuthenticationContext authentication;

    AwaitingApprovalHomeSection(NewsletterService newsletters, AuthenticationContext authentication) {
        this.newsletters = newsletters;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasRole(Role.EXECUTIVE.roleName())) {
            return Optional.empty();
        }
        List<NewsletterView> waiting = newsletters.awaitingApproval();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-newsletters-awaiting-approval");
        card.add(new H3(card.getTranslation("home.newsletters-awaiting-approval", waiting.size())));
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        for (NewsletterView n : waiting.stream().limit(8).toList()) {
            Anchor line = new Anchor("newsletters/" + n.id(), n.form().headline() + "（"
                    + card.getTranslation("newsletter.submitted-at", UnionTime.dateTime(n.submittedAt(), locale))
                    + "）");
            line.getElement().setAttribute("data-testid", "newsletter-awaiting-approval");
            card.add(new Div(line));
        }
        return Optional.of(card);
    }
}
