package jp.kumiaidesk.layout;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.security.CurrentUser;

/** ホーム: what needs the signed-in person today, one section per feature that has something for them. */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
final class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, List<HomeSection> sections) {
        addClassName("kd-view");
        add(new H2(getTranslation("home.greeting", currentUser.displayName())));
        Div cards = new Div();
        cards.addClassName("kd-home-sections");
        sections.stream().sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(section -> section.create().ifPresent(cards::add));
        if (cards.getComponentCount() == 0) {
            cards.add(new Paragraph(getTranslation("home.nothing")));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.home");
    }
}
