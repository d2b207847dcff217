package jp.kumiaidesk.sns.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.DraftRow;

/** 承認待ちのSNS投稿 for executives, and drafts sent back to their author. */
@Component
class SnsHomeSection implements HomeSection {

    private final SnsDraftService drafts;
    private final AuthenticationContext authentication;

    SnsHomeSection(SnsDraftService drafts, AuthenticationContext authentication) {
        this.drafts = drafts;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasAnyRole(Role.EXECUTIVE.roleName(), Role.SECRETARIAT.roleName(),
                Role.RECRUITER.roleName())) {
            return Optional.empty();
        }
        List<DraftRow> waiting = drafts.waitingForMe();
        List<DraftRow> sentBack = drafts.sentBackToMe();
        if (waiting.isEmpty() && sentBack.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-sns");
        if (!waiting.isEmpty()) {
            card.add(new H3(card.getTranslation("sns.home.waiting", waiting.size())));
            waiting.stream().limit(8).forEach(d -> card.add(line(d, "home-sns-waiting")));
        }
        if (!sentBack.isEmpty()) {
            card.add(new H3(card.getTranslation("sns.home.sent-back", sentBack.size())));
            sentBack.stream().limit(8).forEach(d -> card.add(line(d, "home-sns-sent-back")));
        }
        return Optional.of(card);
    }

    private static Div line(DraftRow d, String testId) {
        RouterLink link = new RouterLink(DraftView.class, new RouteParameters("id", String.valueOf(d.id())));
        link.setText(d.title() + "（" + d.authorName() + "）");
        Div line = new Div(link);
        line.getElement().setAttribute("data-testid", testId);
        return line;
    }
}
