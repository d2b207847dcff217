package jp.kumiaidesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.router.QueryParameters;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.LazyScroll;
import jp.kumiaidesk.recruitment.AppointmentLists;
import jp.kumiaidesk.recruitment.HireImportService;
import jp.kumiaidesk.recruitment.HireImportService.Resolution;
import jp.kumiaidesk.recruitment.HireRow;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Issues #10/#11 at the size of the largest union's year: a 600-row appointment list (Shift_JIS CSV with two misspelt
 * workplaces and one new one) — parse + preview, the re-check each choice in the preview runs, confirm — and the
 * tracker of the 600-hire cohort: first page, scrolled to the end, filtered by a workplace, as an executive and as a
 * recruiter. Cohorts in years 9000 on (no other test's). Not part of the normal build:
 * {@code ./mvnw -Pbench verify -Dtest=ImportAtSizeBenchmarkTest} prints a Markdown table (also written to
 * {@code bench/results/}); docs/benchmarks/ keeps a measured run.
 */
@Tag("bench")
class ImportAtSizeBenchmarkTest extends KaribuTest {

    private static final int ROWS = 600;
    private static final int RUNS = 20;
    private static final int CONFIRMS = 10;

    @Autowired
    HireImportService imports;

    @Autowired
    WorkplaceService workplaces;

    @Test
    void import_of_600_rows_and_the_tracker_of_the_cohort() throws Exception {
        String loadBefore = loadavg();
        login("admin");
        int year = 9000 + (int) (System.nanoTime() % 500);
        List<WorkplaceNode> all = workplaces.flatten();
        List<String> units = AppointmentLists.units(all);
        long disability = all.stream().filter(w -> w.name().equals("障害福祉課")).findFirst().orElseThrow().id();
        long rehab = all.stream().filter(w -> w.name().equals("リハビリテーション科")).findFirst().orElseThrow().id();
        long halls = all.stream().filter(w -> w.path().endsWith("福祉部/児童館")).findFirst().orElseThrow().id();
        Map<String, Resolution> choices = Map.of(AppointmentLists.TYPO_DISABILITY, Resolution.map(disability),
                AppointmentLists.TYPO_REHAB, Resolution.map(rehab), AppointmentLists.NEW_HALL, Resolution.create(halls));

        byte[] first = AppointmentLists.shiftJisCsv(ROWS, year, units);
        // before any confirm: the three names are unknown, so the matcher runs as on a first import
        double[] preview = time(() -> imports.preview(first), RUNS);
        HireImportService.Preview read = imports.preview(first);
        assertThat(read.unknown()).hasSize(3);
        double[] recheck = time(() -> imports.recheck(read.rows(), read.suggestedCohort(), choices), RUNS);

        // each confirm into a cohort of its own (the same people twice would be duplicates); the first two warm up
        List<Double> confirmMs = new ArrayList<>();
        for (int i = 0; i < CONFIRMS + 2; i++) {
            byte[] file = AppointmentLists.shiftJisCsv(ROWS, year + i, units);
            HireImportService.Preview p = imports.recheck(imports.preview(file).rows(), YearMonth.of(year + i, 4),
                    choices);
            long start = System.nanoTime();
            int imported = imports.confirm(YearMonth.of(year + i, 4), p.rows(), choices, n -> { });
            double ms = (System.nanoTime() - start) / 1e6;
            assertThat(imported).isEqualTo(ROWS);
            if (i >= 2) {
                confirmMs.add(ms);
            }
        }
        double[] confirm = percentiles(confirmMs.stream().mapToDouble(Double::doubleValue).toArray());

        String cohort = year + "-04";
        List<String> rows = new ArrayList<>();
        for (String who : List.of("shokichou", "soshiki01")) {
            // the workplace with the most hires that this user sees (a recruiter: one of their own)
            long busiest = jdbc.queryForObject("select workplace_id from new_hire h join cohort c on c.id = h.cohort_id"
                    + " where c.code = ? and (? or workplace_id in (select w.workplace_id from app_user_workplace w "
                    + "join app_user u on u.id = w.user_id where u.username = ?)) group by workplace_id "
                    + "order by count(*) desc limit 1", Long.class, cohort, who.equals("shokichou"), who);
            int[] inBusiest = new int[1];
            newVaadinSession();
            login(who);
            double[] firstPage = time(() -> {
                UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort));
                return LazyScroll.fetch(tracker(), 0, LazyScroll.LIMIT);
            }, RUNS);
            int[] size = new int[1];
            double[] toEnd = time(() -> {
                UI.getCurrent().navigate("recruitment/hires", QueryParameters.of("cohort", cohort));
                size[0] = LazyScroll.toEnd(tracker(), LazyScroll.STEP, LazyScroll.LIMIT, HireRow::id).size();
                return size[0];
            }, RUNS);
            double[] filtered = time(() -> {
                UI.getCurrent().navigate("recruitment/hires", QueryParameters.simple(Map.of("cohort", cohort,
                        "workplace", String.valueOf(busiest))));
                inBusiest[0] = LazyScroll.fetch(tracker(), 0, LazyScroll.LIMIT).size();
                return inBusiest[0];
            }, RUNS);
            assertThat(inBusiest[0]).isPositive();
            String as = who.equals("shokichou") ? "executive (all " + size[0] + ")"
                    : "recruiter (own workplaces: " + size[0] + ")";
            rows.add(row("tracker first page (navigate + 50 cards' rows), " + as, firstPage));
            rows.add(row("tracker scrolled to the end (navigate + windows of 50, 37 apart), " + as, toEnd));
            rows.add(row("tracker filtered by one workplace (navigate + first page: " + inBusiest[0] + " hires), " + as,
                    filtered));
        }

        List<String> lines = new ArrayList<>(List.of(
                "# 600-row import and tracker benchmark — " + Instant.now(),
                "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                        + System.getProperty("java.version") + ", max heap "
                        + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB; " + all.size() + " workplaces ("
                        + units.size() + " units), Shift_JIS CSV of " + ROWS + " rows (" + first.length / 1024
                        + " KB), 3 names unknown (36 rows); p50 / p95 after warm-up; loadavg before " + loadBefore
                        + ", after " + loadavg() + " (the cores are shared: compare runs only at a similar load)",
                "",
                "| figure | p50 | p95 |",
                "|---|---|---|",
                row("import: parse + preview (read, match, proposals, duplicate check; " + RUNS + " runs)", preview),
                row("import: re-check with the three choices (each choice in the preview; " + RUNS + " runs)",
                        recheck),
                row("import: confirm " + ROWS + " rows (create 1 workplace or reuse it, 2 aliases, one transaction; "
                        + CONFIRMS + " cohorts)", confirm)));
        lines.addAll(rows);
        String table = String.join("\n", lines);
        System.out.println("\n" + table + "\n");
        Path out = Path.of("bench/results/import-600-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    @SuppressWarnings("unchecked")
    private static DataCommunicator<HireRow> tracker() {
        return LocatorJ._get(VirtualList.class).getDataCommunicator();
    }

    /** p50 and p95 in milliseconds, after 3 warm-up runs. */
    private static double[] time(Supplier<?> work, int runs) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return percentiles(ms);
    }

    private static double[] percentiles(double[] ms) {
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
    }

    private static String row(String label, double[] p) {
        return String.format("| %s | %.1f ms | %.1f ms |", label, p[0], p[1]);
    }
}
