package jp.kumiaidesk.sns.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.ComingSoon;
import jp.kumiaidesk.base.Roles;

/** The entry of SNS drafts and their approval by the executive committee; says what is coming until its issue lands (no made-up data). */
@Route("sns")
@Menu(order = 10, title = "menu.sns", icon = "vaadin:comment-ellipsis")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class SnsView extends Main implements HasDynamicTitle {

    SnsView() {
        addClassName("kd-view");
        add(new ComingSoon("menu.sns", "coming.sns"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.sns");
    }
}
