package jp.kumiaidesk.hq;

import static jp.kumiaidesk.hq.TestSheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;

/** The roll-up reads what unions really send: plain JUnit, sheets generated here. */
class UnionSheetReaderTest {

    private static List<String> keys(ParsedSheet sheet) {
        return sheet.problems().stream().map(SheetProblem::key).toList();
    }

    @Test
    void a_tidy_sheet_reads_without_problems() {
        ParsedSheet s = UnionSheetReader.read(TestSheets.workbook(TestSheets.tidy(2026, "みなと市職員労働組合", 39, 6,
                2, "全労連・自治労連"))).getFirst();
        assertThat(s.unionName()).isEqualTo("みなと市職員労働組合");
        assertThat(s.statedYear()).isEqualTo(2026);
        assertThat(s.competitorFederation()).isEqualTo("全労連・自治労連");
        assertThat(s.ourMembers()).isEqualTo(720);
        assertThat(s.competitorMembers()).isEqualTo(120);
        assertThat(s.ourRate()).isEqualTo(72.0);
        assertThat(s.competitorRate()).isEqualTo(12.0);
        assertThat(s.asOf()).isEqualTo("2026/5/1");
        assertThat(s.nonMembers()).isEqualTo(160);
        assertThat(s.hires()).isEqualTo(39);
        assertThat(s.joined()).isEqualTo(6);
        assertThat(s.competitorJoined()).isEqualTo(2);
        assertThat(s.notJoined()).isEqualTo(31);
        assertThat(s.answers()).containsEntry(HqQuestion.NEW_HIRE_EFFORTS, "みなと市職員労働組合は歓迎会で声かけ");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void a_retyped_sheet_with_moved_labels_full_width_digits_units_and_blank_competitor_cells_still_reads() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(null, "令和８年度　実態共有用アンケート"));
        rows.add(row());
        rows.add(row(null, "単組名", "　北町職員組合 "));
        rows.add(row(null, "県本部", "みなと県本部"));
        rows.add(row(null, "記入者", "北 花子"));
        rows.add(row());
        rows.add(row(null, "上部団体", "自治労", "なし"));
        rows.add(row(null, "組織人員数 (人)", "７２人", null));
        rows.add(row(null, "組織率(%)", "27.20%", null, "時点", "R8.5.1"));
        rows.add(row(null, "未加入者数(人)", "１９３人"));
        rows.add(row());
        rows.add(row(null, "令和8年度新規採用者数", "１０人"));
        rows.add(row(null, "自治労加入者数", 4));
        rows.add(row(null, "競合加入者数", "なし"));
        rows.add(row(null, "未加入者数", "６"));
        rows.add(row(null, "競合単組との差別化", "共済の説明"));
        rows.add(row(null, "新採加入の主な取り組み（箇条書き）", "・説明会\n・歓迎会"));
        rows.add(row(null, "※組織率＝…"));
        ParsedSheet s = UnionSheetReader.read(TestSheets.workbook(new TestSheets.Sheet("Sheet1", rows))).getFirst();
        assertThat(s.unionName()).isEqualTo("北町職員組合");
        assertThat(s.statedYear()).isEqualTo(2026);
        assertThat(s.competitorFederation()).isEqualTo(HqSheet.NONE);
        assertThat(s.ourMembers()).isEqualTo(72);
        assertThat(s.competitorMembers()).isNull();
        assertThat(s.ourRate()).isEqualTo(27.2);
        assertThat(s.competitorRate()).isNull();
        assertThat(s.asOf()).isEqualTo("R8.5.1");
        assertThat(s.nonMembers()).isEqualTo(193);
        assertThat(s.hires()).isEqualTo(10);
        assertThat(s.joined()).isEqualTo(4);
        assertThat(s.competitorJoined()).isZero();
        assertThat(s.notJoined()).isEqualTo(6);
        assertThat(s.answers()).containsEntry(HqQuestion.DIFFERENTIATION, "共済の説明")
                .containsEntry(HqQuestion.NEW_HIRE_EFFORTS, "・説明会\n・歓迎会");
        assertThat(keys(s)).containsExactly("hq.problem.questions-missing");
    }

    @Test
    void every_problem_is_named_never_skipped() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("単組", "南村職員労働組合"));
        rows.add(row("新規採用者数", "十人"));
        rows.add(row("自治労加入者数", 3));
        rows.add(row("競合加入者数", 1));
        rows.add(row("組織率", "120%"));
        rows.add(row("新採の状況メモ", "来年は増える見込み"));
        rows.add(row("単組", "別の名前"));
        ParsedSheet s = UnionSheetReader.read(TestSheets.workbook(new TestSheets.Sheet("南村", rows))).getFirst();
        assertThat(s.rejected()).isFalse();
        assertThat(s.hires()).isNull();
        assertThat(s.problems()).extracting(SheetProblem::key, SheetProblem::argument).contains(
                org.assertj.core.groups.Tuple.tuple("hq.problem.not-a-number", "新規採用者数: 十人"),
                org.assertj.core.groups.Tuple.tuple("hq.problem.not-a-rate", "組織率（％）: 120%"),
                org.assertj.core.groups.Tuple.tuple("hq.problem.unknown-label", "新採の状況メモ"),
                org.assertj.core.groups.Tuple.tuple("hq.problem.duplicate-label", "単組"),
                org.assertj.core.groups.Tuple.tuple("hq.problem.missing", HqSheet.NOT_JOINED),
                org.assertj.core.groups.Tuple.tuple("hq.problem.missing", HqSheet.MEMBERS));
        assertThat(keys(s)).doesNotContain("hq.problem.does-not-add-up");
    }

    @Test
    void figures_that_do_not_add_up_are_a_problem() {
        ParsedSheet s = UnionSheetReader.read(TestSheets.workbook(new TestSheets.Sheet("x", List.of(
                row("単組", "東町職労"), row("組織人員数（人）", 50), row("新規採用者数", 10), row("自治労加入者数", 3),
                row("競合加入者数", 1), row("未加入者数", 5))))).getFirst();
        assertThat(s.problems()).extracting(SheetProblem::key).contains("hq.problem.does-not-add-up");
    }

    @Test
    void a_sheet_without_a_union_name_is_refused_and_a_workbook_without_any_survey_sheet_too() {
        ParsedSheet s = UnionSheetReader.read(TestSheets.workbook(new TestSheets.Sheet("名無し", List.of(
                row("新規採用者数", 10))))).getFirst();
        assertThat(s.rejected()).isTrue();
        assertThat(keys(s)).contains("hq.rejected.no-union-name");
        assertThatThrownBy(() -> UnionSheetReader.read(TestSheets.workbook(new TestSheets.Sheet("memo", List.of(
                row("今日の議題", "旅行")))))).isInstanceOf(SpreadsheetUpload.Refused.class)
                .extracting(e -> ((SpreadsheetUpload.Refused) e).messageKey()).isEqualTo("hq.rejected.no-union-sheet");
    }

    @Test
    void a_workbook_of_several_unions_gives_one_sheet_each() {
        List<ParsedSheet> sheets = UnionSheetReader.read(TestSheets.workbook(
                new TestSheets.Sheet("使い方", List.of(row("このブックの使い方"))),
                TestSheets.tidy(2026, "一の町職労", 5, 2, 0, HqSheet.NONE),
                new TestSheets.Sheet("二", TestSheets.tidy(2026, "二の町職労", 7, 3, 1, "旧全官公").rows())));
        assertThat(sheets).extracting(ParsedSheet::unionName).containsExactly("一の町職労", "二の町職労");
    }

    @Test
    void what_is_not_a_sane_xlsx_is_refused_before_any_parser_sees_it() throws IOException {
        assertThatThrownBy(() -> UnionSheetReader.read("氏名,所属\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((SpreadsheetUpload.Refused) e).messageKey()).isEqualTo("hq.rejected.not-xlsx");
        assertThatThrownBy(() -> UnionSheetReader.read(new byte[SpreadsheetUpload.MAX_BYTES + 1]))
                .extracting(e -> ((SpreadsheetUpload.Refused) e).messageKey()).isEqualTo("hq.rejected.too-large");
        // a few KB that unpack to more than the limit
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 48; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> UnionSheetReader.read(bomb.toByteArray()))
                .extracting(e -> ((SpreadsheetUpload.Refused) e).messageKey()).isEqualTo("hq.rejected.too-large");
        assertThatThrownBy(() -> SpreadsheetUpload.readBounded(new java.io.ByteArrayInputStream(
                new byte[SpreadsheetUpload.MAX_BYTES + 10]))).isInstanceOf(SpreadsheetUpload.Refused.class);
    }
}
