package jp.kumiaidesk.bargaining.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.base.SystemAuthentication;

class DemandHistoryViewTest extends KaribuTest {

    @Autowired
    BargainingService bargaining;

    @Test
    void a_demand_shows_each_answer_up_to_the_settlement() {
        // the test's own season and demand: the demo's demands are answered in more sessions than one test can know
        long[] demand = new long[1];
        SystemAuthentication.run(() -> {
            long season = bargaining.createSeason(unique("経過テスト "), LocalDate.now().minusDays(30));
            demand[0] = bargaining.addDemand(season, "会計年度任用職員の勤勉手当");
            answer(season, demand[0], 20, "国の動向を踏まえ検討する。", AnswerOutcome.CARRIED_OVER);
            answer(season, demand[0], 10, "条例改正案を準備している。", AnswerOutcome.ANSWERED);
            answer(season, demand[0], 2, "来年度から勤勉手当を支給する。", AnswerOutcome.SETTLED);
        });
        login("iinchou");
        UI.getCurrent().navigate("bargaining/demands/" + demand[0]);
        var steps = _find(Div.class, spec -> spec.withAttribute("data-testid", "timeline-step"));
        assertThat(steps).hasSize(3);
        assertThat(steps.getLast().getElement().getTextRecursively()).contains("妥結");
        assertThat(_get(Div.class, spec -> spec.withId("demand-timeline")).getElement().getTextRecursively())
                .contains("検討する", "条例改正案", "勤勉手当を支給する");
    }

    private void answer(long season, long demand, int daysAgo, String text, AnswerOutcome outcome) {
        bargaining.createSession(new SessionForm(season, LocalDate.now().minusDays(daysAgo), LocalTime.of(14, 0),
                LocalTime.of(15, 0), SessionKind.COLLECTIVE_BARGAINING, "", "",
                new ArrayList<>(List.of(new AnswerForm(demand, text, outcome))), "", "", "", List.of()));
    }
}
