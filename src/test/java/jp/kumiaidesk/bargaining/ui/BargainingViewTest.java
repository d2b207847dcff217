package jp.kumiaidesk.bargaining.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.bargaining.SessionRow;
import jp.kumiaidesk.base.SystemAuthentication;

class BargainingViewTest extends KaribuTest {

    @Test
    void an_executive_searches_the_archive_by_text() {
        // the test's own session with a word no other session has (other tests add sessions too)
        String word = unique("団交メモ");
        BargainingService bargaining = ctx.getBean(BargainingService.class);
        SystemAuthentication.run(() -> {
            long season = bargaining.createSeason(unique("検索テスト "), LocalDate.now());
            bargaining.createSession(new SessionForm(season, LocalDate.now(), LocalTime.of(10, 0),
                    LocalTime.of(11, 0), SessionKind.WORKING_TALKS, "", "", new ArrayList<>(), "", "", word,
                    List.of()));
        });
        openAs("iinchou", "bargaining");
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = _get(Grid.class, spec -> spec.withId("bargaining-sessions"));
        int all = GridKt._size(grid);
        assertThat(all).isGreaterThan(1);
        type(_get(TextField.class, spec -> spec.withId("bargaining-search")), word);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("bargaining-count")).getText()).isEqualTo("1件");
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
