package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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

    @Test
    void answers_are_kept_per_year_and_a_stale_save_is_a_conflict() {
        signIn("shokichou");
        int year = 3000 + (int) (System.nanoTime() % 500);
        HqSurveyForm empty = surveys.answers(year);
        surveys.save(new HqSurveyForm(year, empty.version(), 120, "歓迎会と説明会で声かけ", "若手の役員のなり手がいない"));
        HqSurveyForm saved = surveys.answers(year);
        assertThat(saved.competitorMembers()).isEqualTo(120);
        assertThat(saved.troubles()).isEqualTo("若手の役員のなり手がいない");
        assertThatThrownBy(() -> surveys.save(new HqSurveyForm(year, empty.version(), 1, "", "")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> surveys.save(new HqSurveyForm(year, saved.version(), -5, "", "")))
                .isInstanceOf(FieldRejectedException.class);
        assertThatThrownBy(() -> surveys.save(new HqSurveyForm(year, saved.version(), 1, "x".repeat(4001), "")))
                .isInstanceOf(FieldRejectedException.class);
    }

    @Test
    void the_xlsx_carries_the_surveys_japanese_labels_and_the_trackers_figures() throws IOException {
        signIn("iinchou");
        int year = 3600 + (int) (System.nanoTime() % 300);
        surveys.save(new HqSurveyForm(year, -1, 50, "新採説明会", "競合の勧誘が早い"));
        RecruitmentDashboard newest = recruitment.dashboard(null).orElseThrow();
        byte[] xlsx = surveys.exportXlsx(year, newest.cohort().code());
        Map<String, String> cells = new HashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                if (row.getCellCount() >= 2 && row.getCell(0) != null && row.getCell(1) != null) {
                    cells.put(row.getCell(0).getText(), row.getCell(1).getText());
                }
            }
        }
        OrganizationRate union = workplaces.unionRate();
        assertThat(cells).containsEntry("組織人員数（自治労）", String.valueOf(union.members()))
                .containsEntry("組織人員数（競合組合）", "50")
                .containsEntry("組織率", union.formatted())
                .containsEntry("未加入者数", String.valueOf(union.staff() - union.members() - 50))
                .containsEntry("新規採用者数", String.valueOf(newest.total().hires()))
                .containsEntry("自治労加入者数", String.valueOf(newest.total().joined()))
                .containsEntry("競合加入者数", String.valueOf(newest.total().competitor()))
                .containsEntry("悩み・課題", "競合の勧誘が早い");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'survey.exported' "
                + "and target_id = ?", Integer.class, String.valueOf(year))).isEqualTo(1);
    }

    @Test
    void the_tracker_csv_is_audited_opens_in_excel_and_disarms_formulas() {
        signIn("admin");
        CohortView cohort = recruitment.cohortOf(java.time.YearMonth.of(1690, 4));
        long place = workplaces.flatten().stream().filter(w -> w.name().equals("市民課")).findFirst().orElseThrow()
                .id();
        recruitment.addHire(cohort.id(), HireForm.of("=HYPERLINK(\"x\")", null, place, EmploymentType.REGULAR,
                cohort.month().atDay(1), HireRoute.NEW_GRADUATE));
        String csv = new String(surveys.exportTrackerCsv(cohort.id(), java.util.Locale.JAPANESE), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF氏名,フリガナ,所属").contains("'=HYPERLINK");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'hire.exported' "
                + "and target_id = ?", Integer.class, String.valueOf(cohort.id()))).isEqualTo(1);
    }

    @Test
    void recruiters_do_not_export_the_unions_survey() {
        signIn("seinenbu");
        assertThatThrownBy(() -> surveys.exportXlsx(2026, null)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
