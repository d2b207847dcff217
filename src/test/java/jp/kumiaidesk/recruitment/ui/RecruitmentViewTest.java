package jp.kumiaidesk.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.EChart;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.RecruitmentDashboard;
import jp.kumiaidesk.recruitment.RecruitmentService;

class RecruitmentViewTest extends KaribuTest {

    @Autowired
    RecruitmentService recruitment;

    private int figure(String id) {
        return Integer.parseInt(_get(Span.class, spec -> spec.withId(id)).getText());
    }

    @Test
    void an_executive_sees_the_five_figures_the_funnel_and_every_workplace_of_the_newest_cohort() {
        openAs("iinchou", "recruitment");
        RecruitmentDashboard expected = recruitment.dashboard(null).orElseThrow();
        assertThat(figure("recruitment-total-hires")).isEqualTo(expected.total().hires()).isPositive();
        assertThat(figure("recruitment-total-joined")).isEqualTo(expected.total().joined());
        assertThat(figure("recruitment-total-competitor")).isEqualTo(expected.total().competitor());
        assertThat(figure("recruitment-total-declined")).isEqualTo(expected.total().declined());
        assertThat(figure("recruitment-total-open")).isEqualTo(expected.total().open());
        assertThat(_get(EChart.class, spec -> spec.withId("recruitment-funnel")).option()).contains("\"funnel\"",
                "新規採用者数");
        assertThat(workplaces().size())
                .isEqualTo(expected.workplaces().size());
        assertThat(_get(Select.class, spec -> spec.withId("recruitment-cohort")).getValue()).isNotNull();
    }

    @Test
    void the_union_rate_says_what_it_is_made_of_and_the_table_scrolls_in_its_own_box_on_a_phone() {
        openAs("iinchou", "recruitment");
        RecruitmentDashboard expected = recruitment.dashboard(null).orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("recruitment-union-rate")).getText())
                .contains(expected.unionRate().formatted());
        assertThat(_get(Span.class, spec -> spec.withClasses("kd-rate-basis")).getText())
                .matches("\\d+月\\d+日の人数＋新規採用 " + expected.sinceCounted().hires() + "人（加入 "
                        + expected.sinceCounted().joined() + "）");
        Html table = _get(Html.class, spec -> spec.withId("recruitment-workplaces"));
        assertThat(table.getParent().orElseThrow().getElement().getClassList()).contains("kd-table-scroll");
        _get(EChart.class, spec -> spec.withId("recruitment-funnel"));
    }

    @Test
    void the_hq_export_is_of_the_chosen_cohorts_fiscal_year_not_the_calendar_year() {
        login("shokichou");
        // a January cohort belongs to the 年度 that began the April before; an April cohort to its own year
        CohortView january = recruitment.cohortOf(YearMonth.of(2851, 1));
        CohortView april = recruitment.cohortOf(YearMonth.of(2851, 4));
        UI.getCurrent().navigate("recruitment", QueryParameters.of("cohort", january.code()));
        assertThat(_get(Anchor.class, spec -> spec.withId("recruitment-export-hq")).getText())
                .isEqualTo("2850年度の県本部アンケートを書き出す（.xlsx）");
        UI.getCurrent().navigate("recruitment", QueryParameters.of("cohort", april.code()));
        assertThat(_get(Anchor.class, spec -> spec.withId("recruitment-export-hq")).getText())
                .isEqualTo("2851年度の県本部アンケートを書き出す（.xlsx）");
    }

    @Test
    void the_cohort_in_the_url_opens_that_cohort() {
        login("iinchou");
        CohortView oldest = recruitment.cohorts().getLast();
        UI.getCurrent().navigate("recruitment", QueryParameters.of("cohort", oldest.code()));
        @SuppressWarnings("unchecked")
        Select<CohortView> select = _get(Select.class, spec -> spec.withId("recruitment-cohort"));
        assertThat(select.getValue().code()).isEqualTo(oldest.code());
    }

    @Test
    void a_recruiter_sees_only_their_workplaces_on_the_dashboard() {
        openAs("seinenbu", "recruitment");
        List<Element> rows = workplaces();
        assertThat(rows).isNotEmpty();
        for (Element row : rows) {
            assertThat(row.selectFirst("th").text()).isIn("中央保育所", "東保育所", "清掃事務所", "市民課");
            // each row opens that workplace's hires of this cohort
            assertThat(row.selectFirst("th a").attr("href")).startsWith("recruitment/hires?cohort=")
                    .contains("&workplace=");
        }
    }

    @Test
    void the_workplace_table_sorts_by_its_header_links_both_ways() {
        openAs("iinchou", "recruitment");
        String cohort = recruitment.dashboard(null).orElseThrow().cohort().code();
        Element joinedHeader = table().select("thead th").get(2);
        assertThat(joinedHeader.text()).isEqualTo("加入者数");
        assertThat(joinedHeader.selectFirst("a").attr("href")).isEqualTo("recruitment?cohort=" + cohort
                + "&sort=joined");
        UI.getCurrent().navigate("recruitment", QueryParameters.simple(Map.of("cohort", cohort, "sort", "joined")));
        List<Integer> joined = workplaces().stream().map(r -> Integer.parseInt(r.select("td").get(1).text())).toList();
        assertThat(joined).isSorted();
        assertThat(table().select("thead th").get(2).attr("aria-sort")).isEqualTo("ascending");
        assertThat(table().select("thead th a").get(2).attr("href")).endsWith("&sort=-joined");
        UI.getCurrent().navigate("recruitment", QueryParameters.simple(Map.of("cohort", cohort, "sort", "-joined")));
        List<Integer> down = workplaces().stream().map(r -> Integer.parseInt(r.select("td").get(1).text())).toList();
        assertThat(down).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /** The workplace table as the browser gets it (one element, its rows in its HTML). */
    private static Element table() {
        Html html = _get(Html.class, spec -> spec.withId("recruitment-workplaces"));
        return Jsoup.parseBodyFragment("<table>" + html.getInnerHtml() + "</table>").selectFirst("table");
    }

    private static List<Element> workplaces() {
        return table().select("tbody tr");
    }

    @Test
    void an_unknown_cohort_says_so() {
        login("iinchou");
        UI.getCurrent().navigate("recruitment", QueryParameters.simple(Map.of("cohort", "1800-01")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).contains("見つかりません");
    }
}
