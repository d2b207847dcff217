package jp.kumiaidesk.recruitment.ui;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.EChart;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.HtmlText;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.Funnel;
import jp.kumiaidesk.recruitment.HireStatus;
import jp.kumiaidesk.recruitment.HqSurveyService;
import jp.kumiaidesk.recruitment.RecruitmentDashboard;
import jp.kumiaidesk.recruitment.RecruitmentDashboard.WorkplaceFigures;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.RateBar;
import jp.kumiaidesk.workplace.RateBasis;

import tools.jackson.databind.json.JsonMapper;

/**
 * 新規採用者の組織化 — the dashboard: five figures for the chosen cohort against the previous one, the funnel, and
 * per workplace the same with its organization rate. The cohort is in the URL ({@code ?cohort=2026-04}).
 */
@Route("recruitment")
@Menu(order = 20, title = "menu.recruitment", icon = "vaadin:users")
@RolesAllowed({Roles.RECRUITER, Roles.EXECUTIVE, Roles.ADMIN})
final class RecruitmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String COHORT_PARAMETER = "cohort";
    static final String SORT_PARAMETER = "sort";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecruitmentService recruitment;
    private final HqSurveyService surveys;
    private final boolean reporter;
    private final boolean admin;
    private final Select<CohortView> cohortSelect = new Select<>();
    private final Div content = new Div();
    private boolean updatingSelect;

    RecruitmentView(RecruitmentService recruitment, HqSurveyService surveys, AuthenticationContext authentication) {
        this.recruitment = recruitment;
        this.surveys = surveys;
        this.admin = authentication.hasRole(Role.ADMIN.roleName());
        this.reporter = admin || authentication.hasRole(Role.EXECUTIVE.roleName());
        addClassName("kd-view");
        cohortSelect.setId("recruitment-cohort");
        cohortSelect.setLabel(getTranslation("recruitment.cohort"));
        cohortSelect.setItemLabelGenerator(c -> c.label(getLocale()));
        cohortSelect.addValueChangeListener(e -> {
            if (!updatingSelect && e.getValue() != null) {
                UI.getCurrent().navigate(RecruitmentView.class,
                        QueryParameters.of(COHORT_PARAMETER, e.getValue().code()));
            }
        });
        RouterLink tracker = new RouterLink(getTranslation("recruitment.open-tracker"), HiresView.class);
        tracker.setId("recruitment-open-tracker");
        RouterLink importLink = new RouterLink(getTranslation("import.title"), ImportView.class);
        importLink.setId("recruitment-open-import");
        FlexLayout toolbar = new FlexLayout(cohortSelect, tracker, importLink);
        if (reporter) {
            RouterLink survey = new RouterLink(getTranslation("survey.title"), HqSurveyView.class);
            toolbar.add(survey);
            RouterLink overview = new RouterLink(getTranslation("follow-up.title"), FollowUpsView.class);
            overview.setId("recruitment-open-follow-ups");
            toolbar.add(overview);
        }
        toolbar.addClassName("kd-filters");
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(toolbar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter(COHORT_PARAMETER).orElse(null);
        Optional<RecruitmentDashboard> dashboard = recruitment.dashboard(code);
        List<CohortView> cohorts = dashboard.map(RecruitmentDashboard::cohorts)
                .orElseGet(recruitment::cohorts);
        updatingSelect = true;
        cohortSelect.setItems(cohorts);
        dashboard.ifPresent(d -> cohortSelect.setValue(cohorts.stream()
                .filter(c -> c.code().equals(d.cohort().code())).findFirst().orElse(null)));
        updatingSelect = false;
        content.removeAll();
        if (dashboard.isEmpty()) {
            content.add(new Paragraph(getTranslation(code == null ? "recruitment.no-cohorts"
                    : "recruitment.unknown-cohort")));
            return;
        }
        show(dashboard.get(), event.getLocation().getQueryParameters().getSingleParameter(SORT_PARAMETER)
                .orElse(null));
    }

    private void show(RecruitmentDashboard d, String sort) {
        Funnel now = d.total();
        Funnel before = d.previousTotal();
        Div totals = new Div(
                stat("recruitment-total-hires", "recruitment.hires", now.hires(), before.hires(), d.previous()),
                stat("recruitment-total-joined", "recruitment.joined", now.joined(), before.joined(), d.previous()),
                stat("recruitment-total-competitor", "recruitment.competitor", now.competitor(), before.competitor(),
                        d.previous()),
                stat("recruitment-total-declined", "recruitment.declined", now.declined(), before.declined(),
                        d.previous()),
                stat("recruitment-total-open", "recruitment.open", now.open(), before.open(), d.previous()));
        totals.addClassName("kd-stats");
        Span joinRate = new Span(getTranslation("recruitment.join-rate", Funnel.format(now.joinRate()),
                d.previous() == null ? "—" : Funnel.format(before.joinRate())));
        joinRate.setId("recruitment-join-rate");
        joinRate.addClassName("kd-stat");
        Span unionRate = new Span(getTranslation("recruitment.union-rate", d.unionRate().formatted(),
                d.unionRate().members(), d.unionRate().staff()));
        unionRate.setId("recruitment-union-rate");
        Div rate = new Div(unionRate, new RateBasis(d.countedOn(), d.sinceCounted()));
        rate.addClassNames("kd-stat", "kd-union-rate");

        EChart funnel = new EChart();
        funnel.setId("recruitment-funnel");
        funnel.setOption(funnelOption(now));
        EChart comparison = new EChart();
        comparison.setId("recruitment-comparison");
        comparison.setOption(comparisonOption(d));
        Div charts = new Div(card("recruitment.funnel", funnel), card("recruitment.compare", comparison));
        charts.addClassName("kd-home-sections");

        Div table = new Div(workplaceTable(d, sort));
        table.addClassName("kd-table-scroll");
        content.add(totals, joinRate, rate, charts, new H3(getTranslation("recruitment.by-workplace")), table);
        FlexLayout actions = new FlexLayout();
        actions.addClassName("kd-filters");
        if (reporter) {
            String code = d.cohort().code();
            // the HQ survey is by 年度 (April–March): the chosen cohort's, not this calendar year
            int year = HqSurveyService.surveyYearOf(d.cohort().month());
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] xlsx = surveys.exportXlsx(year, code);
                return new DownloadResponse(new ByteArrayInputStream(xlsx), "hq-survey-" + year + "-" + code + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
            }), getTranslation("recruitment.export-hq", String.valueOf(year)));
            export.setId("recruitment-export-hq");
            actions.add(export);
        }
        if (admin && !d.cohort().purged()) {
            Button purge = new Button(getTranslation("recruitment.purge"), e -> confirmPurge(d.cohort()));
            purge.setId("recruitment-purge");
            purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(purge);
        }
        content.add(actions);
    }

    private void confirmPurge(CohortView cohort) {
        DangerousAction.confirm(getTranslation("recruitment.purge"),
                getTranslation("recruitment.purge-message", cohort.label(getLocale())), getTranslation("action.delete"),
                getTranslation("action.cancel"), () -> {
                    int people = recruitment.purge(cohort.id());
                    FormErrors.success(getTranslation("recruitment.purged", people));
                    UI.getCurrent().getPage().reload();
                });
    }

    private Div card(String titleKey, Component body) {
        Div card = new Div(new H3(getTranslation(titleKey)), body);
        card.addClassName("kd-card");
        return card;
    }

    /**
     * One figure as one element: the number is the element's text, its label and the previous cohort's figure are
     * attributes that the style sheet shows above and below it (issue #16: five server-side nodes per figure were
     * 3 KB per open tab each).
     */
    private Span stat(String id, String labelKey, int value, int previousValue, CohortView previous) {
        Span box = new Span(String.valueOf(value));
        box.setId(id);
        box.addClassNames("kd-card", "kd-stat-card");
        box.getElement().setAttribute("data-label", getTranslation(labelKey));
        if (previous != null) {
            box.getElement().setAttribute("data-previous", getTranslation("recruitment.previous", previousValue));
        }
        return box;
    }

    /** The workplace table's columns: the URL's {@code sort} value, header key, and how rows compare. */
    private enum Column {
        NAME("name", "workplace.name", Comparator.comparing(WorkplaceFigures::path)),
        HIRES("hires", "recruitment.hires", Comparator.comparingInt(f -> f.current().hires())),
        JOINED("joined", "recruitment.joined", Comparator.comparingInt(f -> f.current().joined())),
        COMPETITOR("competitor", "recruitment.competitor", Comparator.comparingInt(f -> f.current().competitor())),
        DECLINED("declined", "recruitment.declined", Comparator.comparingInt(f -> f.current().declined())),
        OPEN("open", "recruitment.open", Comparator.comparingInt(f -> f.current().open())),
        JOIN_RATE("join-rate", "recruitment.join-rate-short", Comparator.comparingDouble(
                f -> f.current().joinRate() == null ? -1 : f.current().joinRate())),
        RATE("rate", "workplace.rate", Comparator.comparingDouble(f -> f.rate().percent().orElse(-1)));

        final String code;
        final String key;
        final Comparator<WorkplaceFigures> order;

        Column(String code, String key, Comparator<WorkplaceFigures> order) {
            this.code = code;
            this.key = key;
            this.order = order;
        }
    }

    /**
     * Per workplace, as one element (issue #16: a Grid was 51 KB of every open dashboard, ~5 KB per column): a
     * table whose headers are links that sort it ({@code ?sort=joined}, again for the other direction) and whose
     * workplace names link to that workplace's hires, the whole row being the link's target. It scrolls in its own
     * box on a phone, as the Grid did.
     */
    private Html workplaceTable(RecruitmentDashboard d, String sort) {
        boolean descending = sort != null && sort.startsWith("-");
        String code = sort == null ? Column.NAME.code : sort.replaceFirst("^-", "");
        Column by = java.util.Arrays.stream(Column.values()).filter(c -> c.code.equals(code)).findFirst()
                .orElse(Column.NAME);
        List<WorkplaceFigures> rows = new java.util.ArrayList<>(d.workplaces());
        rows.sort(descending ? by.order.reversed() : by.order);
        String cohort = d.cohort().code();
        StringBuilder html = new StringBuilder("<table class=\"kd-table\"><thead><tr>");
        for (Column c : Column.values()) {
            boolean active = c == by;
            String next = active && !descending ? "-" + c.code : c.code;
            html.append("<th scope=\"col\"").append(c == Column.NAME ? "" : " class=\"kd-num\"")
                    .append(active ? " aria-sort=\"" + (descending ? "descending" : "ascending") + "\"" : "")
                    .append("><a router-link href=\"")
                    .append(link("recruitment", QueryParameters.of(COHORT_PARAMETER, cohort)
                            .merging(SORT_PARAMETER, next))).append("\">")
                    .append(HtmlText.escape(getTranslation(c.key)))
                    .append(active ? (descending ? " ▼" : " ▲") : "").append("</a></th>");
        }
        html.append("</tr></thead><tbody>");
        for (WorkplaceFigures f : rows) {
            Funnel n = f.current();
            html.append("<tr><th scope=\"row\"><a router-link href=\"")
                    .append(link("recruitment/hires", QueryParameters.of(COHORT_PARAMETER, cohort)
                            .merging(HiresView.WORKPLACE_PARAMETER, String.valueOf(f.workplaceId()))))
                    .append("\">").append(HtmlText.escape(f.name())).append("</a></th>");
            for (int value : new int[] {n.hires(), n.joined(), n.competitor(), n.declined(), n.open()}) {
                html.append("<td class=\"kd-num\">").append(value).append("</td>");
            }
            html.append("<td class=\"kd-num\">").append(HtmlText.escape(Funnel.format(n.joinRate()))).append("</td>")
                    .append("<td class=\"kd-rate-cell\">").append(RateBar.html(f.rate())).append("</td></tr>");
        }
        Html table = new Html(html.append("</tbody></table>").toString());
        table.setId("recruitment-workplaces");
        return table;
    }

    /** A route with its query as an attribute value: Vaadin's own encoding of the query, then HTML escaping. */
    private static String link(String route, QueryParameters parameters) {
        return HtmlText.escape(route + "?" + parameters.getQueryString());
    }

    private String funnelOption(Funnel f) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "funnel");
        series.put("sort", "none");
        series.put("left", "5%");
        series.put("width", "90%");
        series.put("minSize", "25%");
        series.put("label", Map.of("position", "inside", "formatter", "{b}: {c}"));
        series.put("data", List.of(
                Map.of("name", getTranslation("recruitment.hires"), "value", f.hires()),
                Map.of("name", getTranslation(HireStatus.ATTENDED_BRIEFING.translationKey()),
                        "value", f.reached(HireStatus.ATTENDED_BRIEFING)),
                Map.of("name", getTranslation(HireStatus.TALKED.translationKey()),
                        "value", f.reached(HireStatus.TALKED)),
                Map.of("name", getTranslation(HireStatus.CONSIDERING.translationKey()),
                        "value", f.reached(HireStatus.CONSIDERING)),
                Map.of("name", getTranslation("recruitment.joined"), "value", f.joined())));
        return JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "item"), "series", List.of(series),
                "color", List.of("#1a4e8a", "#2f6db5", "#4a8ad4", "#7aaee6", "#2e9e5b")));
    }

    private String comparisonOption(RecruitmentDashboard d) {
        List<String> categories = List.of(getTranslation("recruitment.hires"), getTranslation("recruitment.joined"),
                getTranslation("recruitment.competitor"), getTranslation("recruitment.declined"),
                getTranslation("recruitment.open"));
        Funnel now = d.total();
        Funnel before = d.previousTotal();
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        series.add(Map.of("name", d.cohort().label(getLocale()), "type", "bar", "data",
                List.of(now.hires(), now.joined(), now.competitor(), now.declined(), now.open())));
        if (d.previous() != null) {
            series.add(Map.of("name", d.previous().label(getLocale()), "type", "bar", "data",
                    List.of(before.hires(), before.joined(), before.competitor(), before.declined(), before.open())));
        }
        return JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(),
                "grid", Map.of("left", 40, "right", 10, "bottom", 30, "top", 40),
                "xAxis", Map.of("type", "category", "data", categories), "yAxis", Map.of("type", "value"),
                "series", series, "color", List.of("#1a4e8a", "#b0b8c4")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.recruitment");
    }
}
