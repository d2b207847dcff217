package jp.kumiaidesk.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;
import jp.kumiaidesk.recruitment.HqSurveyService;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.WorkplaceService;

class HqRollupServiceTest extends ServiceTest {

    @Autowired
    HqRollupService rollups;

    @Autowired
    HqSurveyService surveys;

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    private static int year(int base) {
        return base + (int) (System.nanoTime() % 400);
    }

    @Test
    void the_unions_own_export_reads_back_without_a_problem() {
        int year = year(5000);
        signIn("iinchou");
        byte[] xlsx = surveys.exportXlsx(year, null);
        String union = surveys.answers(year).unionName();
        signIn("kenhonbu");
        List<UploadOutcome> outcomes = rollups.upload(year, "own.xlsx", xlsx);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(UploadOutcome.Result.STORED);
            assertThat(o.unionName()).isEqualTo(union);
            assertThat(o.problems()).isEmpty();
        });
        UnionRow row = rollups.rollup(year).unions().getFirst();
        assertThat(row.competitorFederation()).isEqualTo(HqSheet.NONE);
        assertThat(row.ourMembers()).isNotNull();
        assertThat(row.ourRate()).isNotNull();
        assertThat(row.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row.hires()).isZero();
    }

    @Test
    void many_unions_roll_up_and_a_unions_second_sheet_replaces_its_first() throws IOException {
        int year = year(5500);
        signIn("kenhonbu");
        rollups.upload(year, "a.xlsx", TestSheets.workbook(TestSheets.tidy(year, "甲市職労", 40, 10, 5, "全労連・自治労連")));
        rollups.upload(year, "b.xlsx", TestSheets.workbook(TestSheets.tidy(year, "乙町職労", 20, 8, 0, HqSheet.NONE)));
        List<UploadOutcome> again = rollups.upload(year, "a2.xlsx",
                TestSheets.workbook(TestSheets.tidy(year, "甲市職労 ", 40, 12, 5, "全労連・自治労連")));
        assertThat(again).singleElement().extracting(UploadOutcome::result).isEqualTo(UploadOutcome.Result.REPLACED);
        List<UploadOutcome> wrongYear = rollups.upload(year, "c.xlsx",
                TestSheets.workbook(TestSheets.tidy(year - 1, "丙村職労", 5, 5, 0, HqSheet.NONE)));
        assertThat(wrongYear).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(UploadOutcome.Result.REJECTED);
            assertThat(o.problems().getFirst().key()).isEqualTo("hq.rejected.other-year");
        });
        assertThat(rollups.upload(year, "memo.csv", "単組,乙".getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(UploadOutcome::result).isEqualTo(UploadOutcome.Result.REJECTED);

        HqRollup rollup = rollups.rollup(year);
        assertThat(rollup.unions()).extracting(UnionRow::unionName).containsExactlyInAnyOrder("甲市職労", "乙町職労");
        assertThat(rollup.hires()).isEqualTo(60);
        assertThat(rollup.joined()).isEqualTo(20);
        assertThat(rollup.competitorJoined()).isEqualTo(5);
        assertThat(rollup.notJoined()).isEqualTo(35);
        assertThat(rollup.joinRate()).isEqualTo(20 * 100.0 / 60);
        assertThat(rollup.unionsWithCompetitor()).isEqualTo(1);
        assertThat(rollup.answersByQuestion().get(HqQuestion.NEW_HIRE_EFFORTS)).extracting(HqRollup.Answer::text)
                .containsExactlyInAnyOrder("甲市職労 は歓迎会で声かけ", "乙町職労は歓迎会で声かけ");

        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(
                rollups.exportXlsx(year, Locale.JAPANESE)))) {
            assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
                    .containsExactly("集計", "自由記述", "問題");
            for (Row r : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c == null ? "" : c.getText()));
                table.add(cells);
            }
        }
        assertThat(table.getLast()).startsWith("合計", "60", "20", "5", "35");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'hq.rollup.exported' "
                + "and target_id = ?", Integer.class, String.valueOf(year))).isEqualTo(1);
    }

    @Test
    void a_messy_sheet_is_stored_with_its_problems_beside_it() {
        int year = year(6000);
        signIn("kenhonbu");
        byte[] messy = TestSheets.workbook(new TestSheets.Sheet("Sheet1", List.of(
                TestSheets.row(null, "単組名", "丁町職員組合"),
                TestSheets.row(null, "新規採用者数", "１２人"),
                TestSheets.row(null, "自治労加入者数", "５"),
                TestSheets.row(null, "競合加入者数", "なし"))));
        assertThat(rollups.upload(year, "丁.xlsx", messy)).singleElement()
                .extracting(UploadOutcome::result).isEqualTo(UploadOutcome.Result.STORED);
        UnionRow row = rollups.rollup(year).unions().getFirst();
        assertThat(row.hires()).isEqualTo(12);
        assertThat(row.joined()).isEqualTo(5);
        assertThat(row.competitorJoined()).isZero();
        assertThat(row.problems()).extracting(SheetProblem::key).contains("hq.problem.missing",
                "hq.problem.questions-missing");
        assertThat(rollups.describe(row.problems().getFirst(), Locale.JAPANESE)).endsWith("がありません");
        rollups.remove(row.id());
        assertThat(rollups.rollup(year).unions()).isEmpty();
    }

    @Test
    void only_the_hq_sees_the_roll_up_and_the_hq_sees_no_ones_data() {
        signIn("iinchou");
        assertThatThrownBy(() -> rollups.rollup(2026)).isInstanceOf(AuthorizationDeniedException.class);
        signIn("admin");
        assertThatThrownBy(() -> rollups.upload(2026, "x.xlsx", new byte[0]))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn("kenhonbu");
        assertThatThrownBy(() -> recruitment.cohorts()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> recruitment.dashboard(null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> surveys.answers(2026)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> workplaces.tree()).isInstanceOf(AuthorizationDeniedException.class);
    }

    /**
     * Two uploads of the same union's sheet that overlap (two HQ staff, two app nodes): the second waits for the
     * first and replaces its sheet, instead of failing on the unique key (year, union) it could not see coming.
     */
    @Test
    void two_overlapping_uploads_of_one_unions_sheet_leave_one_sheet() throws Exception {
        int year = year(6000);
        byte[] sheet = TestSheets.workbook(TestSheets.tidy(year, "丁市職労", 30, 9, 0, HqSheet.NONE));
        java.util.concurrent.CountDownLatch firstStored = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        var transactions = ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            signIn("kenhonbu");
            return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
                List<UploadOutcome> outcomes = rollups.upload(year, "first.xlsx", sheet);
                firstStored.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return outcomes;
            });
        }, two);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            signIn("kenhonbu");
            try {
                assertThat(firstStored.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return rollups.upload(year, "second.xlsx", sheet);
        }, two);
        assertThat(first.get(90, java.util.concurrent.TimeUnit.SECONDS)).singleElement()
                .extracting(UploadOutcome::result).isEqualTo(UploadOutcome.Result.STORED);
        assertThat(second.get(90, java.util.concurrent.TimeUnit.SECONDS)).singleElement()
                .extracting(UploadOutcome::result).isEqualTo(UploadOutcome.Result.REPLACED);
        two.shutdown();
        signIn("kenhonbu");
        assertThat(rollups.rollup(year).unions()).singleElement();
    }
}
