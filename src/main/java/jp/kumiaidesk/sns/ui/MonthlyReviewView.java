package jp.kumiaidesk.sns.ui;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.EChart;
import jp.kumiaidesk.base.BoundedUpload;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;
import jp.kumiaidesk.sns.SnsResultsService.ImportResult;
import jp.kumiaidesk.sns.SnsViews.MonthlyPost;
import tools.jackson.databind.json.JsonMapper;

/**
 * 月次ふりかえり: the month's posts ranked by impressions and engagement, with a chart, a CSV for the PR committee,
 * and the import of the figures the networks export.
 */
@Route("sns/review")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class MonthlyReviewView extends Main implements HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int METRICS_MAX_BYTES = 2 * 1024 * 1024;

    private final SnsResultsService results;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Grid<MonthlyPost> grid = new Grid<>(MonthlyPost.class, false);
    private final EChart chart = new EChart();
    private final Div importResult = new Div();
    private final Anchor csv = new Anchor();
    private final Anchor pdf = new Anchor();

    MonthlyReviewView(SnsResultsService results, SnsDraftService drafts) {
        this.results = results;
        this.corrections = new CorrectionsCard(drafts);
        addClassName("kd-view");
        YearMonth now = YearMonth.from(UnionTime.today());
        month.setLabel(getTranslation("sns.review-month"));
        month.setItems(IntStream.range(0, 24).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(m -> "ja".equals(getLocale().getLanguage())
                ? m.getYear() + "年" + m.getMonthValue() + "月" : m.toString());
        month.setValue(now);
        month.setId("sns-review-month");
        month.addValueChangeListener(e -> refresh());

        grid.setId("sns-review");
        grid.addColumn(p -> rank(p)).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MonthlyPost::title).setHeader(getTranslation("sns.title")).setFlexGrow(3);
        grid.addColumn(p -> UnionTime.dateTime(p.postedAt(), getLocale())).setHeader(getTranslation("sns.posted-at"))
                .setAutoWidth(true);
        grid.addColumn(MonthlyPost::impressions).setHeader(getTranslation("sns.impressions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(MonthlyPost::engagement).setHeader(getTranslation("sns.engagement"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> String.format("%.1f%%", p.engagementRate())).setHeader(getTranslation("sns.engagement-rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sns.review-none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("sns/drafts/" + e.getItem().id())));

        csv.setText(getTranslation("sns.review-csv"));
        csv.setId("sns-review-csv");
        pdf.setText(getTranslation("sns.review-pdf"));
        pdf.setId("sns-review-pdf");
        pdf.setTarget("_blank");
        Upload upload = new Upload(BoundedUpload.inMemory(METRICS_MAX_BYTES,
                (metadata, bytes) -> imported(results.importMetrics(bytes)),
                refused -> FormErrors.error(getTranslation(refused))));
        upload.setId("sns-metrics-import");
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(METRICS_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        importResult.setId("sns-metrics-import-result");
        HorizontalLayout tools = new HorizontalLayout(month, csv, pdf);
        tools.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        tools.addClassName("kd-wrap");
        Div importCard = new Div(new H3(getTranslation("sns.import-figures")),
                new Paragraph(getTranslation("sns.import-help")), upload, importResult);
        importCard.addClassName("kd-card");
        add(new Paragraph(getTranslation("sns.review-help")), tools, chart, grid, corrections, importCard);
        refresh();
    }

    private List<MonthlyPost> current = List.of();
    private final CorrectionsCard corrections;

    private int rank(MonthlyPost post) {
        return current.indexOf(post) + 1;
    }

    void refresh() {
        YearMonth m = month.getValue() == null ? YearMonth.from(UnionTime.today()) : month.getValue();
        current = results.monthlyReview(m);
        corrections.show(m);
        grid.setItems(current);
        List<String> titles = new ArrayList<>();
        List<Long> impressions = new ArrayList<>();
        List<Long> engagement = new ArrayList<>();
        current.stream().limit(10).forEach(p -> {
            titles.add(p.title().length() > 12 ? p.title().substring(0, 12) + "…" : p.title());
            impressions.add(p.impressions());
            engagement.add(p.engagement());
        });
        // horizontal bars: titles stay readable on a phone; impressions below, engagement on the top axis
        chart.setOption(JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(),
                "grid", Map.of("left", 8, "right", 16, "top", 48, "bottom", 8, "containLabel", true),
                "yAxis", Map.of("type", "category", "data", titles, "inverse", true,
                        "axisLabel", Map.of("width", 120, "overflow", "truncate")),
                // on a phone five-digit figures run into each other: three steps, and ECharts leaves out any overlap
                "xAxis", List.of(
                        Map.of("type", "value", "position", "bottom", "splitNumber", 3,
                                "axisLabel", Map.of("hideOverlap", true)),
                        Map.of("type", "value", "position", "top", "splitNumber", 3, "splitLine", Map.of("show", false),
                                "axisLabel", Map.of("hideOverlap", true))),
                "series", List.of(
                        Map.of("name", getTranslation("sns.impressions"), "type", "bar", "data", impressions),
                        Map.of("name", getTranslation("sns.engagement"), "type", "bar", "xAxisIndex", 1,
                                "data", engagement)),
                "color", List.of("#1a4e8a", "#e67e22"))));
        java.util.Locale locale = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = results.monthlyReviewCsv(m, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sns-review-" + m + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }));
        pdf.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = results.monthlyReviewPdf(m, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sns-review-" + m + ".pdf",
                    "application/pdf", bytes.length);
        }).inline());
    }

    /** Also the entry point for tests: what the upload hands over. */
    void imported(ImportResult result) {
        importResult.removeAll();
        if (result.errors().isEmpty()) {
            FormErrors.success(getTranslation("sns.import-stored", result.stored()));
            importResult.add(new Paragraph(getTranslation("sns.import-stored", result.stored())));
            refresh();
            return;
        }
        importResult.add(new Paragraph(getTranslation("sns.import-refused")));
        result.errors().stream().limit(20).forEach(error -> {
            String problem = getTranslation(error.key(), error.argument() == null ? "" : error.argument());
            Div line = new Div(error.line() == null ? problem
                    : getTranslation("sns.import-row", error.line(), problem));
            line.addClassName("kd-warning");
            importResult.add(line);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sns.monthly-review");
    }
}
