package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import jp.kumiaidesk.recruitment.AppointmentListReader;
import jp.kumiaidesk.recruitment.ImportRow;

/** The guarded spreadsheet reader: bombs refused before parsing, rows capped while streaming. */
class TabularFilesTest {

    @Test
    void a_small_hand_made_workbook_is_read_row_by_row() {
        assertThat(AppointmentListReader.read(HostileFiles.xlsxBomb(2))).hasSize(2).allMatch(ImportRow::valid);
        byte[] file = HostileFiles.xlsx(3);
        AtomicInteger rows = new AtomicInteger();
        TabularFiles.xlsxRows(file, 10, row -> rows.incrementAndGet());
        assertThat(rows).hasValue(4);
        assertThat(AppointmentListReader.read(file)).hasSize(3).extracting(ImportRow::name)
                .containsExactly("職員2", "職員3", "職員4");
        assertThat(AppointmentListReader.read(file)).allMatch(ImportRow::valid);
    }

    @Test
    void an_xlsx_bomb_is_refused_before_it_is_parsed_and_the_heap_stays_small() {
        byte[] bomb = HostileFiles.xlsxBomb(2_000_000);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.onSpinWait();
            }
        });
        try {
            assertThatThrownBy(() -> AppointmentListReader.read(bomb))
                    .isInstanceOfSatisfying(AppointmentListReader.UnreadableFile.class,
                            e -> assertThat(e.messageKey()).isEqualTo("upload.unsafe-file"));
        } finally {
            sampler.interrupt();
        }
        assertThat(peak.get()).isLessThan(memory.getHeapMemoryUsage().getMax() / 2);
    }

    @Test
    void rows_past_the_cap_stop_the_stream_at_once() {
        AtomicInteger seen = new AtomicInteger();
        // 30,000 rows compress about 40:1, an ordinary ratio: this is the row cap, not the bomb check
        byte[] file = HostileFiles.xlsx(30_000);
        assertThatThrownBy(() -> TabularFiles.xlsxRows(file, 1_000, row -> seen.incrementAndGet()))
                .isInstanceOfSatisfying(TabularFiles.Refused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.too-many-rows"));
        assertThat(seen).hasValue(1_000);
        assertThatThrownBy(() -> AppointmentListReader.read(file))
                .isInstanceOfSatisfying(AppointmentListReader.UnreadableFile.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.too-many-rows"));
    }

    @Test
    void a_csv_with_too_many_rows_is_refused_while_streaming() {
        assertThatThrownBy(() -> AppointmentListReader.read(HostileFiles.csv(2)))
                .isInstanceOfSatisfying(AppointmentListReader.UnreadableFile.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.too-many-rows"));
    }

    @Test
    void garbage_that_claims_to_be_a_zip_is_unreadable() {
        assertThatThrownBy(() -> TabularFiles.checkZip(new byte[] {'P', 'K', 3, 4, 0, 1, 2}))
                .isInstanceOfSatisfying(TabularFiles.Refused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.unreadable"));
    }
}
