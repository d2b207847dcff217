package jp.kumiaidesk.bargaining.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.ComingSoon;
import jp.kumiaidesk.base.Roles;

/** The entry of the bargaining session log; says what is coming until its issue lands (no made-up data). */
@Route("bargaining")
@Menu(order = 30, title = "menu.bargaining", icon = "vaadin:briefcase")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class BargainingView extends Main implements HasDynamicTitle {

    BargainingView() {
        addClassName("kd-view");
        add(new ComingSoon("menu.bargaining", "coming.bargaining"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.bargaining");
    }
}
