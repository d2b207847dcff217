package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;

class HireImportServiceTest extends ServiceTest {

    private static final String HEADER = "氏名,フリガナ,所属,雇用形態,採用日,採用区分\n";

    @Autowired
    HireImportService imports;

    @Autowired
    RecruitmentService recruitment;

    private static byte[] file(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_preview_finds_row_errors_unknown_workplaces_and_the_cohort_and_saves_nothing() {
        signIn("admin");
        String unknown = unique("新設課");
        int before = jdbc.queryForObject("select count(*) from new_hire", Integer.class);
        HireImportService.Preview p = imports.preview(file("甲 一郎,,市民課,正規,1650/4/1,新卒\n"
                + "乙 二郎,,総務部/人事課,正規,1650/4/1,新卒\n"
                + "丙 三郎,," + unknown + ",正規,1650/4/1,新卒\n"
                + "甲 一郎,,市民課,正規,1650/4/1,新卒\n"));
        assertThat(p.suggestedCohort()).isEqualTo(YearMonth.of(1650, 4));
        assertThat(p.unknownWorkplaces()).containsExactly(unknown);
        assertThat(p.rows().get(2).errors()).contains("import.error.workplace-unknown");
        assertThat(p.rows().get(3).errors()).contains("import.error.duplicate");
        assertThat(p.validCount()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from new_hire", Integer.class)).isEqualTo(before);
    }

    @Test
    void creating_the_missing_workplaces_then_confirming_imports_every_valid_row() {
        signIn("admin");
        String unknown = unique("新設課");
        HireImportService.Preview p = imports.preview(file("丁 四郎,,市民課,正規,1651/4/1,新卒\n"
                + "戊 五郎,,本庁舎/" + unknown + ",正規,1651/4/1,新卒\n"));
        assertThat(imports.createWorkplaces(p.unknownWorkplaces())).isEqualTo(2);
        HireImportService.Preview again = imports.recheck(p.rows(), p.suggestedCohort());
        assertThat(again.validCount()).isEqualTo(2);
        List<Integer> progress = new ArrayList<>();
        assertThat(imports.confirm(p.suggestedCohort(), again.rows(), progress::add)).isEqualTo(2);
        assertThat(progress).last().isEqualTo(2);
        CohortView cohort = recruitment.cohort("1651-04").orElseThrow();
        assertThat(recruitment.dashboard(cohort.code()).orElseThrow().total().hires()).isEqualTo(2);
        // importing the same file again finds everyone already there
        assertThat(imports.preview(file("丁 四郎,,市民課,正規,1651/4/1,新卒\n")).rows().getFirst().errors())
                .contains("import.error.duplicate");
    }

    @Test
    void a_recruiter_imports_only_into_their_workplaces_and_cannot_create_workplaces() {
        signIn("seinenbu");
        HireImportService.Preview p = imports.preview(file("己 六郎,,看護部,正規,1652/4/1,新卒\n"
                + "庚 七郎,,東保育所,正規,1652/4/1,新卒\n"));
        assertThat(p.rows().get(0).errors()).containsExactly("import.error.workplace-not-yours");
        assertThat(p.rows().get(1).valid()).isTrue();
        assertThat(imports.confirm(p.suggestedCohort(), p.rows(), n -> { })).isEqualTo(1);
        assertThatThrownBy(() -> imports.createWorkplaces(List.of("勝手な課")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void two_thousand_rows_import_in_one_go() {
        signIn("admin");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            body.append("大量 ").append(i).append(",,看護部,正規,1653/4/1,新卒\n");
        }
        HireImportService.Preview p = imports.preview(file(body.toString()));
        List<Integer> progress = new ArrayList<>();
        assertThat(imports.confirm(p.suggestedCohort(), p.rows(), progress::add)).isEqualTo(2000);
        assertThat(progress).containsExactly(500, 1000, 1500, 2000, 2000);
    }
}
