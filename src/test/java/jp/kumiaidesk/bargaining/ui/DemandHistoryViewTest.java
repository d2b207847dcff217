package jp.kumiaidesk.bargaining.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.DemandView;
import jp.kumiaidesk.bargaining.SeasonView;

class DemandHistoryViewTest extends KaribuTest {

    @Autowired
    BargainingService bargaining;

    @Test
    void a_demand_shows_each_answer_up_to_the_settlement() {
        login("iinchou");
        SeasonView season = bargaining.seasons().stream().filter(s -> s.name().contains("賃金確定")).findFirst()
                .orElseThrow();
        DemandView pay = bargaining.demands(season.id()).stream().filter(d -> d.title().startsWith("会計年度"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("bargaining/demands/" + pay.id());
        var steps = _find(Div.class, spec -> spec.withAttribute("data-testid", "timeline-step"));
        assertThat(steps).hasSize(3);
        assertThat(steps.getLast().getElement().getTextRecursively()).contains("妥結");
        assertThat(_get(Div.class, spec -> spec.withId("demand-timeline")).getElement().getTextRecursively())
                .contains("検討する", "条例改正案", "勤勉手当を支給する");
    }
}
