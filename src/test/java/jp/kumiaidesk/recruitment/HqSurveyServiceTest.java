package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.WorkplaceService;

class HqSurveyServiceTest extends ServiceTest {

    @Autowired
    HqSurveyService surveys;

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    WorkplaceService workplaces;

    static HqSurveyForm form(int year, long version, String federation, Integer competitor,
            Map<HqQuestion, String> answers) {
        return new HqSurveyForm(year, version, "みなと県本部", "みなと市職員労働組合", "佐藤 花子", federation, competitor,
                answers);
    }

    @Test
    void a_month_belongs_to_the_fiscal_year_that_began_the_april_before() {
        assertThat(HqSurveyService.surveyYearOf(java.time.YearMonth.of(2026, 4))).isEqualTo(2026);
        assertThat(HqSurveyService.surveyYearOf(java.time.YearMonth.of(2027, 3))).isEqualTo(2026);
        assertThat(HqSurveyService.surveyYearOf(java.time.YearMonth.of(2027, 1))).isEqualTo(2026);
        assertThat(HqSurveyService.inSurveyYear(java.time.YearMonth.of(2027, 1),
                HqSurveyService.surveyYearOf(java.time.YearMonth.of(2027, 1)))).isTrue();
    }

    @Test
    void answers_are_kept_per_year_and_a_stale_save_is_a_conflict() {
        signIn("shokichou");
        int year = 3000 + (int) (System.nanoTime() % 500);
        HqSurveyForm empty = surveys.answers(year);
        assertThat(empty.unionName()).isNotBlank();
        surveys.save(form(year, empty.version(), "全労連・自治労連", 120,
                Map.of(HqQuestion.NEW_HIRE_EFFORTS, "歓迎会と説明会で声かけ", HqQuestion.NEW_HIRE_TROUBLES, "若手の役員のなり手がいない")));
        HqSurveyForm saved = surveys.answers(year);
        assertThat(saved.competitorMembers()).isEqualTo(120);
        assertThat(saved.competitorFederation()).isEqualTo("全労連・自治労連");
        assertThat(saved.answer(HqQuestion.NEW_HIRE_TROUBLES)).isEqualTo("若手の役員のなり手がいない");
        assertThat(saved.answer(HqQuestion.REQUESTS)).isEmpty();
        assertThatThrownBy(() -> surveys.save(form(year, empty.version(), "", 1, Map.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> surveys.save(form(year, saved.version(), "", -5, Map.of())))
                .isInstanceOf(FieldRejectedException.class);
        assertThatThrownBy(() -> surveys.save(form(year, saved.version(), "", 1,
                Map.of(HqQuestion.DIFFERENTIATION, "x".repeat(4001)))))
                .isInstanceOf(FieldRejectedException.class)
                .extracting(e -> ((FieldRejectedException) e).field())
                .isEqualTo(HqSurveyService.field(HqQuestion.DIFFERENTIATION));
        assertThatThrownBy(() -> surveys.save(new HqSurveyForm(year, saved.version(), "", "<b>組合</b>", "", "", null,
                Map.of()))).isInstanceOf(FieldRejectedException.class);
        // an answer emptied is gone, the others stay; nothing half saved by the rejected attempts
        surveys.save(form(year, saved.version(), "全労連・自治労連", 120,
                Map.of(HqQuestion.NEW_HIRE_EFFORTS, "歓迎会と説明会で声かけ")));
        assertThat(surveys.answers(year).answers()).containsOnlyKeys(HqQuestion.NEW_HIRE_EFFORTS);
    }

    /** Label (first non-empty cell) → the texts of the cells after it, as the HQ reads the sheet. */
    static Map<String, List<String>> rowsByLabel(byte[] xlsx, List<String> labelOrder) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null || row.getCell(i).getRawValue() == null ? ""
                            : row.getCell(i).getText());
                }
                if (!cells.isEmpty() && !cells.get(0).isEmpty()) {
                    labelOrder.add(cells.get(0));
                    // the second 未加入者数 (the year's) does not overwrite the first under the same key
                    rows.putIfAbsent(cells.get(0), cells.subList(1, cells.size()));
                }
            }
        }
        return rows;
    }

    @Test
    void the_form_is_the_hqs_with_the_trackers_figures_and_says_how_undecided_hires_count() throws IOException {
        signIn("iinchou");
        int year = yearWithoutCohorts();
        long place = workplaces.flatten().stream().filter(w -> w.name().equals("市民課")).findFirst().orElseThrow()
                .id();
        CohortView april = recruitment.cohortOf(YearMonth.of(year, 4));
        CohortView march = recruitment.cohortOf(YearMonth.of(year + 1, 3));
        CohortView nextYear = recruitment.cohortOf(YearMonth.of(year + 1, 4));
        hire(april, place, HireStatus.JOINED, null);
        hire(april, place, HireStatus.JOINED_COMPETITOR, null);
        hire(april, place, HireStatus.DECLINED, DeclineReason.DUES);
        hire(april, place, HireStatus.TALKED, null);
        hire(march, place, HireStatus.NOT_CONTACTED, null);
        hire(nextYear, place, HireStatus.JOINED, null);
        surveys.save(form(year, -1, "全労連・自治労連", 50,
                Map.of(HqQuestion.NEW_HIRE_EFFORTS, "新採説明会", HqQuestion.DIFFERENTIATION, "共済の説明を丁寧に")));

        byte[] xlsx = surveys.exportXlsx(year, null);
        List<String> order = new ArrayList<>();
        Map<String, List<String>> rows = rowsByLabel(xlsx, order);
        OrganizationRate union = workplaces.unionRate();
        List<String> expected = new ArrayList<>(List.of(HqSheet.PREFECTURE, HqSheet.UNION, HqSheet.RESPONDENT,
                HqSheet.FEDERATION, HqSheet.MEMBERS, HqSheet.RATE, HqSheet.NON_MEMBERS, HqSheet.HIRES,
                HqSheet.JOINED, HqSheet.COMPETITOR_JOINED, HqSheet.NOT_JOINED));
        for (HqQuestion q : HqQuestion.values()) {
            expected.add(q.label());
        }
        expected.add(HqSheet.FORMULA);
        assertThat(order).containsSubsequence(expected);
        assertThat(order.getFirst()).isEqualTo(HqSheet.title(year));
        assertThat(rows.get(HqSheet.UNION)).containsExactly("みなと市職員労働組合");
        assertThat(rows.get(HqSheet.FEDERATION)).containsExactly(HqSheet.OURS, "全労連・自治労連");
        assertThat(rows.get(HqSheet.MEMBERS)).containsExactly(String.valueOf(union.members()), "50");
        assertThat(rows.get(HqSheet.RATE)).startsWith(String.valueOf(
                Math.round(union.members() * 1000.0 / union.staff()) / 1000.0)).contains(HqSheet.AS_OF);
        assertThat(rows.get(HqSheet.NON_MEMBERS))
                .containsExactly(String.valueOf(union.staff() - union.members() - 50));
        assertThat(rows.get(HqSheet.HIRES)).containsExactly("5");
        assertThat(rows.get(HqSheet.JOINED)).containsExactly("1");
        assertThat(rows.get(HqSheet.COMPETITOR_JOINED)).containsExactly("1");
        assertThat(order.stream().filter(HqSheet.NOT_JOINED::equals).count()).isEqualTo(1);
        assertThat(rows.get(HqQuestion.DIFFERENTIATION.label())).containsExactly("共済の説明を丁寧に");
        assertThat(String.join("\n", order)).contains("まだ決まっていない 2人を未加入として数えています")
                .contains(year + "年4月採用、" + (year + 1) + "年3月採用").doesNotContain((year + 1) + "年4月採用");
        HqSurvey survey = surveys.survey(year, null);
        assertThat(survey.hiresNotJoined()).isEqualTo(3);
        assertThat(survey.hiresUndecided()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'survey.exported' "
                + "and target_id = ?", Integer.class, String.valueOf(year))).isEqualTo(1);
    }

    @Test
    void without_a_competing_union_its_members_count_as_none() {
        signIn("iinchou");
        int year = 4100 + (int) (System.nanoTime() % 300);
        surveys.save(form(year, -1, HqSheet.NONE, null, Map.of()));
        HqSurvey survey = surveys.survey(year, null);
        assertThat(survey.hasCompetitor()).isFalse();
        assertThat(survey.competitorMembers()).isZero();
        assertThat(survey.nonMembers()).isEqualTo(Math.max(0, survey.staff() - survey.ourMembers()));
        surveys.save(form(year, surveys.answers(year).version(), "旧全官公", null, Map.of()));
        assertThat(surveys.survey(year, null).nonMembers()).as("unknown while the competitor's size is").isNull();
    }

    private void hire(CohortView cohort, long place, HireStatus status, DeclineReason reason) {
        recruitment.addHire(cohort.id(), new HireForm(unique("新採"), null, place, EmploymentType.REGULAR,
                cohort.month().atDay(1), HireRoute.NEW_GRADUATE, null, status, reason, EscalationStage.RECRUITER,
                null));
    }

    @Test
    void the_tracker_csv_is_audited_opens_in_excel_and_disarms_formulas() {
        signIn("admin");
        CohortView cohort = recruitment.cohortOf(java.time.YearMonth.of(1690, 4));
        long place = workplaces.flatten().stream().filter(w -> w.name().equals("市民課")).findFirst().orElseThrow()
                .id();
        recruitment.addHire(cohort.id(), HireForm.of("=HYPERLINK(\"x\")", null, place, EmploymentType.REGULAR,
                cohort.month().atDay(1), HireRoute.NEW_GRADUATE));
        String exports = "select count(*) from audit_event where action = 'hire.exported' and target_id = ?";
        int before = jdbc.queryForObject(exports, Integer.class, String.valueOf(cohort.id()));
        String csv = new String(surveys.exportTrackerCsv(cohort.id(), java.util.Locale.JAPANESE), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF氏名,フリガナ,所属").contains("'=HYPERLINK");
        assertThat(jdbc.queryForObject(exports, Integer.class, String.valueOf(cohort.id()))).isEqualTo(before + 1);
    }

    @Test
    void recruiters_do_not_export_the_unions_survey() {
        signIn("seinenbu");
        assertThatThrownBy(() -> surveys.exportXlsx(2026, null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    /**
     * Two first saves of a year that overlap: the second waits for the first and is told that someone else saved
     * (the conflict dialog keeps what they typed), instead of failing on the year's primary key.
     */
    @Test
    void the_second_of_two_overlapping_first_saves_of_a_year_is_a_conflict() throws Exception {
        int year = 6500 + (int) (System.nanoTime() % 400);
        var transactions = ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class);
        java.util.concurrent.CountDownLatch firstSaved = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = java.util.concurrent.CompletableFuture.runAsync(() -> {
            signIn("shokichou");
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(t -> {
                surveys.save(form(year, -1, HqSheet.NONE, null, Map.of()));
                firstSaved.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }, two);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            signIn("shokichou");
            try {
                assertThat(firstSaved.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                surveys.save(form(year, -1, "全労連・自治労連", 3, Map.of()));
                return null;
            } catch (RuntimeException | InterruptedException e) {
                return e;
            }
        }, two);
        first.get(90, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(second.get(90, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(ConcurrentEditException.class);
        two.shutdown();
        signIn("shokichou");
        assertThat(surveys.answers(year).competitorFederation()).isEqualTo(HqSheet.NONE);
    }
}
