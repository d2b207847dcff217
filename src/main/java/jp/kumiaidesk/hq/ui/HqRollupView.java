package jp.kumiaidesk.hq.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.EChart;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.hq.HqRollup;
import jp.kumiaidesk.hq.HqRollupService;
import jp.kumiaidesk.hq.SheetProblem;
import jp.kumiaidesk.hq.SpreadsheetUpload;
import jp.kumiaidesk.hq.UnionRow;
import jp.kumiaidesk.hq.UploadOutcome;
import jp.kumiaidesk.recruitment.Funnel;
import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;

import tools.jackson.databind.json.JsonMapper;

/**
 * 県本部の集計: upload the unions' 実態共有用アンケート sheets, and see the year rolled up — the totals and the
 * prefecture's 加入率, the charts, one row per union with its sheet's problems beside it, the answers per question,
 * and the combined workbook.
 */
@Route("recruitment/hq")
@Menu(order = 25, title = "menu.hq", icon = "vaadin:chart-grid")
@RolesAllowed(Roles.HQ)
final class HqRollupView extends Main implements HasDynamicTitle, SheetUploadHandler.Receiver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HqRollupService rollups;
    private final IntegerField year = new IntegerField();
    private final Div results = new Div();
    private final Div content = new Div();

    HqRollupView(HqRollupService rollups) {
        this.rollups = rollups;
        addClassName("kd-view");
        year.setLabel(getTranslation("survey.year"));
        year.setId("hq-year");
        year.setValue(currentSurveyYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                results.removeAll();
                show();
            }
        });
        Upload upload = new Upload(new SheetUploadHandler(this));
        upload.setId("hq-upload");
        Pickers.localize(upload);
        upload.setMaxFiles(100);
        upload.setMaxFileSize(SpreadsheetUpload.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // the browser's own check (type, size) says why in the upload's localized words
        upload.addFileRejectedListener(e -> results.add(outcomeLine(new UploadOutcome(e.getFileName(), null, null,
                UploadOutcome.Result.REJECTED, List.of(new SheetProblem("hq.rejected.in-browser",
                        e.getFileName() + ": " + e.getErrorMessage()))))));
        results.setId("hq-upload-results");
        add(new Paragraph(getTranslation("hq.help")), year, upload, results, content);
        show();
    }

    /** 年度: April to March, so January to March still belong to the year before. */
    static int currentSurveyYear() {
        return UnionTime.today().minusMonths(3).getYear();
    }

    private int selectedYear() {
        return year.getValue() == null ? currentSurveyYear() : year.getValue();
    }

    /** One file arrived (also the entry point for tests: what the upload hands over). */
    @Override
    public void received(String fileName, byte[] bytes) {
        for (UploadOutcome outcome : rollups.upload(selectedYear(), fileName, bytes)) {
            results.add(outcomeLine(outcome));
        }
        show();
    }

    @Override
    public void refused(String fileName, String messageKey) {
        results.add(outcomeLine(new UploadOutcome(fileName, null, null, UploadOutcome.Result.REJECTED,
                List.of(new SheetProblem(messageKey, fileName)))));
    }

    private Div outcomeLine(UploadOutcome o) {
        String who = o.unionName() != null ? o.unionName() : o.sheetName() != null ? o.sheetName() : "";
        Div line = new Div(new Span(o.fileName() + (who.isEmpty() ? "" : "（" + who + "）") + "　"
                + getTranslation(o.result().translationKey())));
        line.getElement().setAttribute("data-result", o.result().name());
        line.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom",
                "1px solid var(--lumo-contrast-10pct)");
        line.getElement().setAttribute("data-testid", "hq-upload-result");
        for (SheetProblem p : o.problems()) {
            Div problem = new Div(describe(p));
            problem.addClassName(p.fatal() ? "kd-error" : "kd-muted");
            line.add(problem);
        }
        return line;
    }

    private String describe(SheetProblem p) {
        return getTranslation(p.key(), p.argument());
    }

    private void show() {
        content.removeAll();
        int y = selectedYear();
        HqRollup rollup = rollups.rollup(y);
        if (rollup.unions().isEmpty()) {
            content.add(new Paragraph(getTranslation("hq.empty", String.valueOf(y))));
            return;
        }
        Div totals = new Div(stat("hq-total-hires", "hq.hires", String.valueOf(rollup.hires())),
                stat("hq-total-joined", "hq.joined", String.valueOf(rollup.joined())),
                stat("hq-total-competitor", "hq.competitor", String.valueOf(rollup.competitorJoined())),
                stat("hq-total-declined", "hq.not-joined", String.valueOf(rollup.notJoined())),
                stat("hq-rate", "hq.prefecture-join-rate", Funnel.format(rollup.joinRate())));
        totals.addClassName("kd-stats");
        Paragraph count = new Paragraph(getTranslation("hq.count", rollup.unions().size(),
                rollup.unionsWithCompetitor()));
        count.setId("hq-count");

        EChart joinRates = new EChart();
        joinRates.setId("hq-chart-join-rate");
        joinRates.setOption(joinRateOption(rollup));
        EChart competitors = new EChart();
        competitors.setId("hq-chart-competitor");
        competitors.setOption(competitorOption(rollup));
        Div charts = new Div(card("hq.chart.join-rate", joinRates), card("hq.chart.competitor", competitors));
        charts.addClassName("kd-home-sections");

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = rollups.exportXlsx(y, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "hq-rollup-" + y + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), getTranslation("hq.export"));
        export.setId("hq-export");

        content.add(totals, count, charts, new H3(getTranslation("hq.by-union")), unionGrid(rollup), export,
                new H3(getTranslation("hq.answers")), answers(rollup));
    }

    private Div stat(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("kd-figure");
        Div box = new Div(new Div(getTranslation(labelKey)), number);
        box.addClassName("kd-card");
        return box;
    }

    private Div card(String titleKey, Component body) {
        Div card = new Div(new H3(getTranslation(titleKey)), body);
        card.addClassName("kd-card");
        return card;
    }

    private Grid<UnionRow> unionGrid(HqRollup rollup) {
        Grid<UnionRow> grid = new Grid<>();
        grid.setId("hq-unions");
        grid.addColumn(UnionRow::unionName).setHeader(getTranslation("hq.union")).setSortable(true)
                .setComparator(UnionRow::unionName).setAutoWidth(true).setFrozen(true);
        count(grid, "hq.hires", UnionRow::hires);
        count(grid, "hq.joined", UnionRow::joined);
        count(grid, "hq.competitor", UnionRow::competitorJoined);
        count(grid, "hq.not-joined", UnionRow::notJoined);
        rate(grid, "hq.join-rate", UnionRow::joinRate);
        rate(grid, "hq.our-rate", UnionRow::ourRate);
        rate(grid, "hq.competitor-rate", UnionRow::competitorRate);
        // the federation as the union wrote it (a proper name); the sheet's なし is a word, in the user's language
        grid.addColumn(u -> u.competitorFederation() == null ? ""
                : HqSheet.NONE.equals(u.competitorFederation()) ? getTranslation("survey.federation-none")
                : u.competitorFederation())
                .setHeader(getTranslation("hq.federation")).setAutoWidth(true);
        grid.addComponentColumn(this::problems).setHeader(getTranslation("hq.problems")).setFlexGrow(1)
                .setWidth("16rem");
        grid.addComponentColumn(u -> {
            Button remove = new Button(getTranslation("hq.remove"), e -> DangerousAction.confirm(
                    getTranslation("hq.remove"), getTranslation("hq.remove-message", u.unionName()),
                    getTranslation("action.delete"), getTranslation("action.cancel"), () -> {
                        rollups.remove(u.id());
                        show();
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rollup.unions());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component problems(UnionRow u) {
        Div cell = new Div();
        cell.getElement().setAttribute("data-testid", "hq-problems");
        if (u.problems().isEmpty()) {
            cell.setText(getTranslation("hq.no-problems"));
            cell.addClassName("kd-muted");
        }
        for (SheetProblem p : u.problems()) {
            cell.add(new Div(describe(p)));
        }
        return cell;
    }

    private void count(Grid<UnionRow> grid, String key, java.util.function.Function<UnionRow, Integer> value) {
        grid.addColumn(u -> value.apply(u) == null ? "—" : String.valueOf(value.apply(u)))
                .setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(u -> value.apply(u) == null ? -1 : value.apply(u));
    }

    private void rate(Grid<UnionRow> grid, String key, java.util.function.Function<UnionRow, Double> value) {
        grid.addColumn(u -> Funnel.format(value.apply(u))).setHeader(getTranslation(key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(u -> value.apply(u) == null ? -1 : value.apply(u));
    }

    private Div answers(HqRollup rollup) {
        Div all = new Div();
        for (Map.Entry<HqQuestion, List<HqRollup.Answer>> q : rollup.answersByQuestion().entrySet()) {
            Div body = new Div();
            for (HqRollup.Answer a : q.getValue()) {
                Div line = new Div(new Span(a.unionName() + "："), new Span(a.text()));
                line.getStyle().set("white-space", "pre-wrap").set("margin-bottom", "var(--lumo-space-s)");
                body.add(line);
            }
            Details details = new Details(getTranslation(q.getKey().translationKey()) + "（"
                    + q.getValue().size() + "）", body);
            details.setId("hq-answers-" + q.getKey().name());
            all.add(details);
        }
        return all;
    }

    private String joinRateOption(HqRollup rollup) {
        List<String> names = new ArrayList<>();
        List<Object> rates = new ArrayList<>();
        for (UnionRow u : rollup.unions()) {
            names.add(u.unionName());
            rates.add(u.joinRate() == null ? "-" : Math.round(u.joinRate() * 10) / 10.0);
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "bar");
        series.put("name", getTranslation("hq.join-rate"));
        series.put("data", rates);
        series.put("label", Map.of("show", true, "position", "right", "formatter", "{c}%"));
        if (rollup.joinRate() != null) {
            series.put("markLine", Map.of("symbol", "none", "label", Map.of("formatter",
                    getTranslation("hq.prefecture-join-rate") + " {c}%"), "data",
                    List.of(Map.of("xAxis", Math.round(rollup.joinRate() * 10) / 10.0))));
        }
        return JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 8, "right", 48, "top", 24, "bottom", 24, "containLabel", true),
                "xAxis", Map.of("type", "value", "max", 100),
                "yAxis", Map.of("type", "category", "data", names, "inverse", true,
                        "axisLabel", Map.of("width", 110, "overflow", "truncate")),
                "series", List.of(series), "color", List.of("#1a4e8a")));
    }

    /** How many unions face which competing federation, and how many face none. */
    private String competitorOption(HqRollup rollup) {
        Map<String, Long> byFederation = new TreeMap<>(rollup.unions().stream().collect(Collectors.groupingBy(
                u -> !u.hasCompetitor() ? getTranslation("hq.no-competitor")
                        : u.competitorFederation() == null || HqSheet.NONE.equals(u.competitorFederation())
                                ? getTranslation("hq.competitor-unnamed") : u.competitorFederation(),
                Collectors.counting())));
        List<Map<String, Object>> data = new ArrayList<>();
        byFederation.forEach((name, n) -> data.add(Map.of("name", name, "value", n)));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "pie");
        series.put("radius", List.of("35%", "65%"));
        series.put("data", data);
        series.put("label", Map.of("formatter", "{b}: {c}"));
        return JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "item"), "series", List.of(series),
                "color", List.of("#1a4e8a", "#c0504d", "#e3a21a", "#2e9e5b", "#7aaee6", "#b0b8c4")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.hq");
    }
}
