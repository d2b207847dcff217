package jp.kumiaidesk.sns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;
import jp.kumiaidesk.sns.SnsViews.Metrics;
import jp.kumiaidesk.sns.SnsViews.DraftRow;
import jp.kumiaidesk.sns.SnsViews.MonthlyPost;

/** The list, the calendar and the monthly review, on the demo data. */
class SnsPagesViewTest extends KaribuTest {

    @Autowired
    SnsResultsService results;

    @Autowired
    SnsDraftService drafts;

    @Test
    void an_executive_starts_on_the_drafts_waiting_for_them_and_opens_one() {
        openAs("shokichou", "sns");
        @SuppressWarnings("unchecked")
        Grid<DraftRow> grid = _get(Grid.class, spec -> spec.withId("sns-drafts"));
        assertThat(GridKt._size(grid)).isPositive();
        DraftRow first = GridKt._get(grid, 0);
        _get(SnsView.class).open(first);
        assertThat(_get(DraftView.class)).isNotNull();
    }

    @Test
    void the_calendar_shows_scheduled_and_posted_posts_by_month_and_week() {
        openAs("seinenbu", "sns/calendar");
        Div calendar = _get(Div.class, spec -> spec.withId("sns-calendar"));
        assertThat(_find(calendar, RouterLink.class)).isNotEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> mode = _get(RadioButtonGroup.class, spec -> spec.withId("sns-calendar-mode"));
        type(mode, CalendarView.Period.WEEK);
        assertThat(calendar.getElement().getAttribute("data-mode")).isEqualTo("week");
        assertThat(_find(calendar, Div.class).stream().filter(d -> d.hasClassName("kd-calendar-day")).count())
                .isEqualTo(7);
    }

    @Test
    void the_monthly_review_ranks_by_impressions_and_exports_csv() {
        // two posts of the test's own, today: the month has something to rank on any day of the month
        long small = postedToday(unique("月次ふりかえり小"), 1_000);
        long large = postedToday(unique("月次ふりかえり大"), 9_000_000);
        openAs("iinchou", "sns/review");
        @SuppressWarnings("unchecked")
        Grid<MonthlyPost> grid = _get(Grid.class, spec -> spec.withId("sns-review"));
        YearMonth month = YearMonth.from(UnionTime.today());
        var ranked = results.monthlyReview(month);
        assertThat(GridKt._size(grid)).isEqualTo(ranked.size()).isGreaterThanOrEqualTo(2);
        for (int row = 1; row < GridKt._size(grid); row++) {
            assertThat(GridKt._get(grid, row - 1).impressions()).isGreaterThanOrEqualTo(GridKt._get(grid, row)
                    .impressions());
        }
        List<Long> order = ranked.stream().map(MonthlyPost::id).toList();
        assertThat(order).contains(small, large);
        assertThat(order.indexOf(large)).isLessThan(order.indexOf(small));
        assertThat(_get(Anchor.class, spec -> spec.withId("sns-review-csv")).getHref()).isNotBlank();
        String csv = new String(results.monthlyReviewCsv(month, java.util.Locale.JAPANESE), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"順位\",\"タイトル\"");
    }

    /** A draft of the test's own, posted now with these impressions on X. */
    private long postedToday(String title, long impressions) {
        long[] id = new long[1];
        SystemAuthentication.runAs("shokikyoku", Role.SECRETARIAT, () -> id[0] = drafts.create(new DraftForm(title,
                "月次ふりかえりのテスト", "", EnumSet.of(Network.X), SnsDraftService.UNION_ACCOUNT, null, null,
                List.of())).id());
        jdbc.update("update sns_draft set state = 'POSTED', posted_at = ?, post_url = ? where id = ?",
                Timestamp.from(Instant.now()), "https://x.com/test/status/" + id[0], id[0]);
        SystemAuthentication.runAs("shokikyoku", Role.SECRETARIAT, () -> results.recordMetrics(id[0],
                new Metrics(Network.X, UnionTime.today(), impressions, 0, 0, 0, 0)));
        return id[0];
    }

    @Test
    void the_monthly_review_prints_as_a_japanese_pdf() throws Exception {
        openAs("iinchou", "sns/review");
        assertThat(_get(Anchor.class, spec -> spec.withId("sns-review-pdf")).getHref()).isNotBlank();
        YearMonth month = YearMonth.from(UnionTime.today());
        byte[] pdf = results.monthlyReviewPdf(month, java.util.Locale.JAPANESE);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/sns-monthly-review.pdf"), pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // IPAex maps some kanji to Kangxi radicals in extracted text; NFKC folds them back
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document), java.text.Normalizer.Form.NFKC);
            assertThat(text).contains(month.getMonthValue() + "月 SNS月次ふりかえり");
            for (var post : results.monthlyReview(month)) {
                assertThat(text.replaceAll("\\s", "")).contains(java.text.Normalizer.normalize(
                        post.title(), java.text.Normalizer.Form.NFKC).replaceAll("\\s", ""));
            }
        }
    }

    @Test
    void a_bad_figures_file_is_refused_with_row_messages() {
        openAs("shokikyoku", "sns/review");
        MonthlyReviewView view = _get(MonthlyReviewView.class);
        view.imported(results.importMetrics(("url,network,date,impressions\n"
                + "https://x.com/unknown/1,X,2026-11-01,10\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(_get(Div.class, spec -> spec.withId("sns-metrics-import-result")).getElement()
                .getTextRecursively()).contains("2行目").contains("このURL");
    }

    @Test
    void the_administrator_has_no_sns_pages() {
        openAs("admin", "sns");
        _get(NotFoundView.class);
    }
}
