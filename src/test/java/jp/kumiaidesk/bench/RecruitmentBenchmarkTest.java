package jp.kumiaidesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.HireImportService;
import jp.kumiaidesk.recruitment.RecruitmentService;

/**
 * Issue #4's figures: 100,000 new hires across 300 workplaces and 5 cohorts; the dashboard (service and full view
 * render) against the same aggregate run directly in MariaDB, SQL statements per render, and import throughput.
 * Not part of the normal build: {@code ./mvnw -Pbench verify} runs it and prints a Markdown table (also written to
 * {@code bench/results/}).
 */
@Tag("bench")
class RecruitmentBenchmarkTest extends KaribuTest {

    private static final int HIRES = 100_000;
    private static final int WORKPLACES = 300;
    private static final int COHORTS = 5;
    private static final int RUNS = 30;

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    HireImportService imports;

    @Test
    void dashboard_against_raw_sql_and_import_throughput() throws Exception {
        login("admin");
        List<Long> workplaceIds = seedWorkplaces();
        List<CohortView> cohorts = new ArrayList<>();
        for (int i = 0; i < COHORTS; i++) {
            cohorts.add(recruitment.cohortOf(YearMonth.of(2022 + i, 4)));
        }
        long seedStart = System.nanoTime();
        seedHires(workplaceIds, cohorts);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        CohortView newest = cohorts.getLast();
        CohortView previous = cohorts.get(COHORTS - 2);

        String sql = "select cohort_id, workplace_id, status, count(*) from new_hire where cohort_id in (?, ?) "
                + "group by cohort_id, workplace_id, status";
        double[] raw = time(() -> jdbc.queryForList(sql, newest.id(), previous.id()));
        double[] service = time(() -> recruitment.dashboard(newest.code()));
        double[] view = time(() -> {
            UI.getCurrent().navigate("recruitment", QueryParameters.of("cohort", previous.code()));
            UI.getCurrent().navigate("recruitment", QueryParameters.of("cohort", newest.code()));
            return LocatorJ._get(Span.class, spec -> spec.withId("recruitment-total-hires")).getText();
        });
        // counted by MariaDB itself (SELECTs from any pool connection, not transaction control), minus the counting
        // query itself
        long q0 = questions();
        recruitment.dashboard(newest.code());
        long statementsService = questions() - q0;
        long q1 = questions();
        UI.getCurrent().navigate("recruitment", QueryParameters.of("cohort", previous.code()));
        long statementsView = questions() - q1;

        int importRows = 10_000;
        StringBuilder csv = new StringBuilder("氏名,フリガナ,所属,雇用形態,採用日,採用区分\n");
        for (int i = 0; i < importRows; i++) {
            csv.append("取込 ").append(i).append(",トリコミ,市民課,正規,2027/4/1,新卒\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long importStart = System.nanoTime();
        HireImportService.Preview preview = imports.preview(file);
        double previewSeconds = (System.nanoTime() - importStart) / 1e9;
        long confirmStart = System.nanoTime();
        int imported = imports.confirm(preview.suggestedCohort(), preview.rows(), n -> { });
        double confirmSeconds = (System.nanoTime() - confirmStart) / 1e9;

        double target = raw[0] * 1.2 + 5;
        String table = String.join("\n",
                "# Recruitment benchmark — " + Instant.now(),
                "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                        + System.getProperty("java.version") + ", max heap "
                        + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB; " + HIRES + " hires, "
                        + (WORKPLACES + workplaceIdsBase) + " workplaces, " + COHORTS + " cohorts (seeded in "
                        + String.format("%.1f", seedSeconds) + " s); p50 / p95 of " + RUNS + " runs after warm-up",
                "",
                "| figure | p50 | p95 | vs floor |",
                "|---|---|---|---|",
                row("raw SQL aggregate in MariaDB (floor)", raw, raw[0]),
                row("dashboard service (aggregate + tree + scope)", service, raw[0]),
                row("dashboard view render (Karibu, navigate)", view, raw[0]),
                "| target: service p50 ≤ 1.2 × raw + 5 ms | " + String.format("%.2f ms", target) + " | | "
                        + (service[0] <= target ? "met" : "NOT met") + " |",
                "| SELECT statements per dashboard call / per view render | " + statementsService + " / "
                        + statementsView + " | | target ≤ 2 |",
                "| import preview, " + importRows + " rows (parse + match + duplicate check) | "
                        + String.format("%.0f rows/s", importRows / previewSeconds) + " | | |",
                "| import confirm, " + imported + " rows (one transaction, JDBC batches) | "
                        + String.format("%.0f rows/s", imported / confirmSeconds) + " | | |");
        System.out.println("\n" + table + "\n");
        Path out = Path.of("bench/results/recruitment-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private int workplaceIdsBase;

    private long questions() {
        return jdbc.queryForObject("show global status like 'Com_select'", (rs, i) -> rs.getLong(2));
    }

    private List<Long> seedWorkplaces() {
        List<Long> ids = new ArrayList<>(jdbc.queryForList("select id from workplace", Long.class));
        workplaceIdsBase = ids.size();
        Long parent = ids.getFirst();
        for (int i = 0; i < WORKPLACES; i++) {
            jdbc.update("insert into workplace (parent_id, name, regular_staff, non_regular_staff, members, sort_order)"
                    + " values (?, ?, ?, ?, ?, ?)", parent, "ベンチ出先" + i, 20 + i % 30, i % 10, 10 + i % 20, 1000 + i);
        }
        return jdbc.queryForList("select id from workplace where name like 'ベンチ出先%'", Long.class);
    }

    private void seedHires(List<Long> workplaceIds, List<CohortView> cohorts) {
        Random random = new Random(1);
        String[] statuses = {"NOT_CONTACTED", "ATTENDED_BRIEFING", "TALKED", "CONSIDERING", "JOINED",
            "JOINED_COMPETITOR", "DECLINED"};
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < HIRES; i++) {
            CohortView cohort = cohorts.get(i % cohorts.size());
            String status = statuses[random.nextInt(statuses.length)];
            batch.add(new Object[] {cohort.id(), workplaceIds.get(random.nextInt(workplaceIds.size())), "ベンチ " + i,
                null, "REGULAR", Date.valueOf(cohort.month().atDay(1)), "NEW_GRADUATE", null, status,
                "DECLINED".equals(status) ? "OTHER" : null, "RECRUITER", now});
            if (batch.size() == 5000) {
                insert(batch);
                batch.clear();
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("insert into new_hire (cohort_id, workplace_id, name, kana, employment_type, hire_date, "
                + "route, recruiter, status, decline_reason, stage, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                batch);
    }

    /** p50 and p95 in milliseconds, after 5 warm-up runs. */
    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    private static String row(String label, double[] p, double floor) {
        return String.format("| %s | %.2f ms | %.2f ms | %.2f× |", label, p[0], p[1], p[0] / floor);
    }
}
