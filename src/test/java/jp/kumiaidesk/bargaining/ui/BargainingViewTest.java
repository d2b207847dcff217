package jp.kumiaidesk.bargaining.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.bargaining.SessionRow;

class BargainingViewTest extends KaribuTest {

    @Test
    void an_executive_searches_the_archive_by_text() {
        openAs("iinchou", "bargaining");
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = _get(Grid.class, spec -> spec.withId("bargaining-sessions"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(5);
        type(_get(TextField.class, spec -> spec.withId("bargaining-search")), "勤勉手当");
        assertThat(GridKt._size(grid)).isBetween(1, 4);
        assertThat(_get(Span.class, spec -> spec.withId("bargaining-count")).getText()).endsWith("件");
    }

    @Test
    void the_secretariat_starts_a_session_and_lands_on_its_form() {
        openAs("shokikyoku", "bargaining");
        _click(_get(Button.class, spec -> spec.withId("session-new")));
        _click(_get(Button.class, spec -> spec.withId("session-start")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("bargaining/sessions/\\d+");
        _get(SessionView.class);
    }

    @Test
    void the_same_day_dashboard_shows_the_share_and_a_demand_shows_its_timeline() {
        openAs("iinchou", "bargaining/same-day");
        assertThat(_get(Span.class, spec -> spec.withId("same-day-share")).getText()).endsWith("%");
        openAs("iinchou", "bargaining");
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = _get(Grid.class, spec -> spec.withId("bargaining-sessions"));
        assertThat(GridKt._size(grid)).isPositive();
    }

    @Test
    void the_secretariat_home_lists_sessions_whose_newsletter_is_not_out_with_the_clock() {
        openAs("shokikyoku", "");
        assertThat(_get(Div.class, spec -> spec.withId("home-sessions-without-newsletter")).getElement()
                .getTextRecursively()).contains("未発行（終了から");
    }
}
