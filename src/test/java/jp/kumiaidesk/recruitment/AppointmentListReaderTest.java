package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class AppointmentListReaderTest {

    private static final String HEADER = "氏名,フリガナ,所属,雇用形態,採用日,採用区分,状況,担当者\n";

    private static List<ImportRow> csv(String text, Charset charset) {
        return AppointmentListReader.read(text.getBytes(charset));
    }

    @Test
    void a_utf8_file_with_bom_and_japanese_headers_is_read() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "山田 太郎,ヤマダ タロウ,人事課,正規,2026/4/1,新卒,,seinenbu\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        ImportRow row = AppointmentListReader.read(file).getFirst();
        assertThat(row.valid()).isTrue();
        assertThat(row.name()).isEqualTo("山田 太郎");
        assertThat(row.workplace()).isEqualTo("人事課");
        assertThat(row.hireDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(row.status()).isEqualTo(HireStatus.NOT_CONTACTED);
        assertThat(row.recruiter()).isEqualTo("seinenbu");
    }

    @Test
    void shift_jis_from_excel_with_full_width_digits_and_wareki_dates_is_read() {
        String text = HEADER + "佐藤　花子,サトウ　ハナコ,総務部／人事課,会計年度任用職員,Ｒ８．４．１,社会人経験者,検討中,\n"
                + "鈴木 一郎,スズキ イチロウ,市民課,正規,令和8年4月1日,新卒,加入,\n"
                + "高橋 葵,,市民課,再任用,H31.4.1,新卒,,\n";
        List<ImportRow> rows = csv(text, Charset.forName("windows-31j"));
        assertThat(rows).hasSize(3).allMatch(ImportRow::valid);
        assertThat(rows.get(0).name()).isEqualTo("佐藤 花子");
        assertThat(rows.get(0).workplace()).isEqualTo("総務部/人事課");
        assertThat(rows.get(0).hireDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(rows.get(0).employmentType()).isEqualTo(EmploymentType.FISCAL_YEAR);
        assertThat(rows.get(0).route()).isEqualTo(HireRoute.MID_CAREER);
        assertThat(rows.get(1).status()).isEqualTo(HireStatus.JOINED);
        assertThat(rows.get(2).hireDate()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @Test
    void english_headers_are_accepted_and_blank_lines_skipped() {
        String text = "name,kana,workplace,employment_type,hire_date,route\n\nIto Ken,,市民課,REGULAR,2026-04-01,"
                + "new_graduate\n,,,,,\n";
        List<ImportRow> rows = csv(text, StandardCharsets.UTF_8);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.valid()).isTrue();
        });
    }

    @Test
    void each_bad_value_is_reported_on_its_own_line() {
        String text = HEADER + ",,市民課,正規,2026/4/1,新卒,,\n"
                + "山田 次郎,,市民課,アルバイト,2026/13/40,新卒,たぶん,\n"
                + "<b>x</b>,,,正規,2026/4/1,転職,,\n";
        List<ImportRow> rows = csv(text, StandardCharsets.UTF_8);
        assertThat(rows.get(0).errors()).containsExactly("import.error.name");
        assertThat(rows.get(1).errors()).containsExactlyInAnyOrder("import.error.employment-type",
                "import.error.hire-date", "import.error.status");
        assertThat(rows.get(2).errors()).contains("import.error.name", "import.error.workplace-missing",
                "import.error.route");
        assertThat(rows.get(2).line()).isEqualTo(4);
    }

    @Test
    void a_file_without_the_needed_columns_or_garbage_is_refused_as_a_whole() {
        assertThatThrownBy(() -> csv("foo,bar\n1,2\n", StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(AppointmentListReader.UnreadableFile.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.missing-columns"));
        assertThatThrownBy(() -> AppointmentListReader.read(new byte[] {'P', 'K', 3, 4, 0, 1, 2}))
                .isInstanceOf(AppointmentListReader.UnreadableFile.class);
    }

    @Test
    void ten_thousand_rows_are_read() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            text.append("職員").append(i).append(",,市民課,正規,2026/4/1,新卒,,\n");
        }
        assertThat(csv(text.toString(), StandardCharsets.UTF_8)).hasSize(10_000).allMatch(ImportRow::valid);
    }

    @Test
    void an_xlsx_with_date_cells_is_read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("辞令");
            String[] headers = {"氏名", "フリガナ", "所属", "雇用形態", "採用日", "採用区分"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            sheet.value(1, 0, "中村 蓮");
            sheet.value(1, 1, "ナカムラ レン");
            sheet.value(1, 2, "清掃事務所");
            sheet.value(1, 3, "正規");
            sheet.value(1, 4, LocalDate.of(2026, 4, 1));
            sheet.value(1, 5, "新卒");
            sheet.value(2, 0, "小林 陽菜");
            sheet.value(2, 2, "清掃事務所");
            sheet.value(2, 4, "R8.4.1");
        }
        List<ImportRow> rows = AppointmentListReader.read(out.toByteArray());
        assertThat(rows).hasSize(2).allMatch(ImportRow::valid);
        assertThat(rows.get(0).hireDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(rows.get(1).hireDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void wareki_and_western_dates_parse_and_nonsense_does_not() {
        assertThat(AppointmentListReader.parseDate("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(AppointmentListReader.parseDate("２０２６－０４－０１")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(AppointmentListReader.parseDate("2026年4月1日")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(AppointmentListReader.parseDate("R8.2.30")).isNull();
        assertThat(AppointmentListReader.parseDate("来年の春")).isNull();
    }

    @Test
    void era_dates_follow_the_calendar_and_a_day_outside_its_era_is_a_row_problem() {
        assertThat(AppointmentListReader.parseDate("H31.4.30")).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(AppointmentListReader.parseDate("R1.5.1")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(AppointmentListReader.parseDate("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
        assertThat(AppointmentListReader.parseDate("H31.5.1")).isNull();
        assertThat(AppointmentListReader.parseDate("令和1年4月30日")).isNull();
        assertThat(AppointmentListReader.parseDate("平成元年1月7日")).isNull();
        List<ImportRow> rows = AppointmentListReader.read(("氏名,所属,採用日\n甲,市民課,H31.5.1\n乙,市民課,令和1年4月30日\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rows).allSatisfy(r -> assertThat(r.errors()).containsExactly("import.error.hire-date"));
    }
}
