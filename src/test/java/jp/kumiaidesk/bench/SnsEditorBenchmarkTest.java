package jp.kumiaidesk.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.Saved;

/**
 * Issue #3's figures: the server time of one keystroke of the composer (the value reaches the server, the X counter
 * and the previews of four networks are recomputed, the changes for the browser are collected), and the heap one
 * open draft editor holds per session. {@code ./mvnw -Pbench verify} prints a Markdown table (also written to
 * {@code bench/results/}).
 */
@Tag("bench")
class SnsEditorBenchmarkTest extends KaribuTest {

    private static final String TEXT = "保育所では子どもの安全を守るため、職員が休憩も取れずに働いています。"
            + "保育士の増員を求める署名にご協力ください。職場の仲間にも声をかけてください。 https://example.jp/shomei ";
    private static final int KEYSTROKES = 2_000;
    private static final int EDITORS = 100;

    @Autowired
    SnsDraftService drafts;

    @Test
    void keystroke_round_trip_and_memory_per_open_editor() throws Exception {
        login("shokikyoku");
        Saved saved = drafts.create(new DraftForm("ベンチマーク", "", "#人員確保 #保育士を増やして",
                EnumSet.of(Network.X, Network.BLUESKY, Network.THREADS, Network.INSTAGRAM),
                SnsDraftService.UNION_ACCOUNT, null, null, List.of()));
        UI.getCurrent().navigate("sns/drafts/" + saved.id());
        TextArea body = _get(TextArea.class, spec -> spec.withId("sns-body"));
        Span counter = _get(Span.class, spec -> spec.withId("sns-count-x"));

        double[] times = new double[KEYSTROKES];
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < KEYSTROKES + 500; i++) {
            if (typed.length() >= TEXT.length()) {
                typed.setLength(0);
            }
            typed.append(TEXT.charAt(typed.length()));
            long start = System.nanoTime();
            body.setValue(typed.toString());
            MockVaadin.clientRoundtrip(false);
            long took = System.nanoTime() - start;
            if (i >= 500) {
                times[i - 500] = took / 1e6;
            }
        }
        if (counter.getText().isEmpty()) {
            throw new IllegalStateException("the counter did not update");
        }
        Arrays.sort(times);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // the floor: the same sessions on a small form (change password), Karibu's mock session included
        double floorKb = heapPerSession(memory, "account/password");
        double perEditorKb = heapPerSession(memory, "sns/drafts/" + saved.id());

        String table = String.join("\n",
                "### SNS composer (" + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap)",
                "",
                "| figure | value |",
                "|---|---|",
                "| keystroke → X counter + 4 previews + changes collected, p50 | "
                        + String.format("%.3f ms", times[KEYSTROKES / 2]) + " |",
                "| same, p95 | " + String.format("%.3f ms", times[(int) (KEYSTROKES * 0.95)]) + " |",
                "| same, p99 | " + String.format("%.3f ms", times[(int) (KEYSTROKES * 0.99)]) + " |",
                "| live heap per open draft editor (session + UI, " + EDITORS + " open) | "
                        + String.format("%.0f KB", perEditorKb) + " |",
                "| floor: live heap per open small form (change password), same sessions | "
                        + String.format("%.0f KB", floorKb) + " |",
                "| editor minus floor | " + String.format("%.0f KB", perEditorKb - floorKb) + " |");
        System.out.println("\n" + table + "\n");
        Path out = Path.of("bench/results/sns-editor-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private double heapPerSession(MemoryMXBean memory, String route) throws InterruptedException {
        long before = liveHeap(memory);
        List<Object> open = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            newVaadinSession();
            login("shokikyoku");
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip(false);
            open.add(VaadinSession.getCurrent());
            open.add(UI.getCurrent());
        }
        long after = liveHeap(memory);
        if (open.size() != 2 * EDITORS) {
            throw new IllegalStateException("sessions were not kept open");
        }
        return (after - before) / 1024.0 / EDITORS;
    }

    private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
