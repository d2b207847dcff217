package jp.kumiaidesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.hq.HqRollupService;
import jp.kumiaidesk.hq.TestSheets;
import jp.kumiaidesk.recruitment.HqSheet;

/**
 * Issue #10's figure: the HQ's roll-up of 50 unions' sheets — reading and storing them, the roll-up, the page and
 * the combined workbook. {@code ./mvnw -Pbench verify -Dtest=HqRollupBenchmarkTest} prints a Markdown table (also
 * written to {@code bench/results/}).
 */
@Tag("bench")
class HqRollupBenchmarkTest extends KaribuTest {

    private static final int SHEETS = 50;
    private static final int RUNS = 20;

    @Autowired
    HqRollupService rollups;

    @Test
    void roll_up_of_fifty_sheets() throws Exception {
        login("kenhonbu");
        int year = 8000 + (int) (System.nanoTime() % 900);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < SHEETS; i++) {
            files.add(TestSheets.workbook(TestSheets.tidy(year, "ベンチ単組" + i, 10 + i * 12, 5 + i * 4, i % 3,
                    i % 2 == 0 ? HqSheet.NONE : "全労連・自治労連")));
        }
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        double[] upload = time(() -> {
            for (int i = 0; i < SHEETS; i++) {
                rollups.upload(year, "u" + i + ".xlsx", files.get(i));
            }
            return null;
        }, 5);
        double[] rollup = time(() -> rollups.rollup(year), RUNS);
        double[] export = time(() -> rollups.exportXlsx(year, Locale.JAPANESE), RUNS);
        double[] view = time(() -> {
            UI.getCurrent().navigate("recruitment/hq");
            LocatorJ._get(IntegerField.class, spec -> spec.withId("hq-year")).setValue(year);
            return LocatorJ._get(Span.class, spec -> spec.withId("hq-total-hires")).getText();
        }, RUNS);
        String table = String.join("\n",
                "# HQ roll-up benchmark — " + Instant.now(),
                "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                        + System.getProperty("java.version") + ", max heap "
                        + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB; " + SHEETS + " sheets of "
                        + bytes / SHEETS / 1024 + " KB on average; p50 / p95 after warm-up",
                "",
                "| figure | p50 | p95 |",
                "|---|---|---|",
                row("upload " + SHEETS + " sheets (zip check, parse, store or replace; 5 runs)", upload),
                row("roll-up of " + SHEETS + " unions (service)", rollup),
                row("roll-up page render (Karibu: navigate, choose year)", view),
                row("combined workbook export", export));
        System.out.println("\n" + table + "\n");
        Path out = Path.of("bench/results/hq-rollup-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    /** p50 and p95 in milliseconds, after 2 warm-up runs. */
    private static double[] time(Supplier<?> work, int runs) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }

    private static String row(String label, double[] p) {
        return String.format("| %s | %.1f ms | %.1f ms |", label, p[0], p[1]);
    }
}
