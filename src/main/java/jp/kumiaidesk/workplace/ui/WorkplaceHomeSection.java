package jp.kumiaidesk.workplace.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.WorkplaceService;

/** The union's organization rate on the home page of those who read it at meetings. */
@Component
class WorkplaceHomeSection implements HomeSection {

    private final WorkplaceService workplaces;
    private final AuthenticationContext authentication;

    WorkplaceHomeSection(WorkplaceService workplaces, AuthenticationContext authentication) {
        this.workplaces = workplaces;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasAnyRole(Role.EXECUTIVE.roleName(), Role.ADMIN.roleName(),
                Role.SECRETARIAT.roleName())) {
            return Optional.empty();
        }
        OrganizationRate rate = workplaces.unionRate();
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-union-rate");
        Span figure = new Span(rate.formatted());
        figure.addClassName("kd-figure");
        card.add(new H3(card.getTranslation("home.union-rate")), figure,
                new Div(card.getTranslation("workplace.union-rate-detail", rate.members(), rate.staff())),
                new RouterLink(card.getTranslation("home.open-workplaces"), WorkplacesView.class));
        return Optional.of(card);
    }
}
