package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OfficeCsvTest {

    @Test
    void shift_jis_utf8_and_utf8_with_a_bom_all_decode() {
        String text = "投稿URL,計測日\r\n";
        assertThat(OfficeCsv.decode(text.getBytes(Charset.forName("windows-31j")))).isEqualTo(text);
        assertThat(OfficeCsv.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(OfficeCsv.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void dates_as_offices_write_them() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(OfficeCsv.date("2026/11/27")).isEqualTo(day);
        assertThat(OfficeCsv.date("2026-11-27")).isEqualTo(day);
        assertThat(OfficeCsv.date("2026年11月27日")).isEqualTo(day);
        assertThat(OfficeCsv.date("２０２６/１１/２７")).isEqualTo(day);
        assertThat(OfficeCsv.date("2026/11/27 0:00")).isEqualTo(day);
        assertThat(OfficeCsv.date("2026/13/27")).isNull();
        assertThat(OfficeCsv.date("来週")).isNull();
    }

    @Test
    void a_radical_in_a_text_map_becomes_the_ideograph_of_its_glyph() {
        assertThat(PdfToUnicode.unified("\u2F49", 0x6708)).isEqualTo("月");
        assertThat(PdfToUnicode.unified("\u2ED1", 0x9577)).isEqualTo("長");
        assertThat(PdfToUnicode.unified("\u2FA6", 0)).isEqualTo("金");
        assertThat(PdfToUnicode.unified("月", 0x6708)).isEqualTo("月");
        assertThat(PdfToUnicode.unified("A", 0)).isEqualTo("A");
    }
}
