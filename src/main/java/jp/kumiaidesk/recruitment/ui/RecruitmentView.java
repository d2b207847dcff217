package jp.kumiaidesk.recruitment.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.ComingSoon;
import jp.kumiaidesk.base.Roles;

/** The entry of the new-hire recruitment tracker; says what is coming until its issue lands (no made-up data). */
@Route("recruitment")
@Menu(order = 20, title = "menu.recruitment", icon = "vaadin:users")
@RolesAllowed({Roles.RECRUITER, Roles.EXECUTIVE, Roles.ADMIN})
final class RecruitmentView extends Main implements HasDynamicTitle {

    RecruitmentView() {
        addClassName("kd-view");
        add(new ComingSoon("menu.recruitment", "coming.recruitment"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.recruitment");
    }
}
