package jp.kumiaidesk.hq.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.hq.HqRollupService;

/** The HQ officer's home: how many unions' sheets this year's roll-up has, and the way there. */
@Component
class HqHomeSection implements HomeSection {

    private final HqRollupService rollups;
    private final AuthenticationContext authentication;

    HqHomeSection(HqRollupService rollups, AuthenticationContext authentication) {
        this.rollups = rollups;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasRole(Role.HQ.roleName())) {
            return Optional.empty();
        }
        int year = HqRollupView.currentSurveyYear();
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-hq");
        card.add(new H3(card.getTranslation("hq.home", String.valueOf(year), rollups.rollup(year).unions().size())),
                new RouterLink(card.getTranslation("hq.open"), HqRollupView.class));
        return Optional.of(card);
    }
}
