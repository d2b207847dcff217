package jp.kumiaidesk.newsletter.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.ComingSoon;
import jp.kumiaidesk.base.Roles;

/** The entry of newsletters; says what is coming until its issue lands (no made-up data). */
@Route("newsletters")
@Menu(order = 40, title = "menu.newsletters", icon = "vaadin:newspaper")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class NewslettersView extends Main implements HasDynamicTitle {

    NewslettersView() {
        addClassName("kd-view");
        add(new ComingSoon("menu.newsletters", "coming.newsletters"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.newsletters");
    }
}
