package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.recruitment.HireImportService.Resolution;
import jp.kumiaidesk.workplace.WorkplaceNode;

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
    void a_workplace_written_exactly_as_the_tree_names_it_with_full_width_brackets_is_found() {
        signIn("admin");
        HireImportService.Preview p = imports.preview(file("甲 全角,,総務課（上下水道局）,正規,1653/4/1,新卒\n"
                + "乙 全角,,上下水道局／総務課（上下水道局）,正規,1653/4/1,新卒\n"));
        assertThat(p.unknownWorkplaces()).isEmpty();
        assertThat(p.rows()).allMatch(ImportRow::valid);
    }

    @Test
    void creating_the_missing_workplaces_then_confirming_imports_every_valid_row() {
        signIn("admin");
        String unknown = unique("新設課");
        HireImportService.Preview p = imports.preview(file("丁 四郎,,市民課,正規,1651/4/1,新卒\n"
                + "戊 五郎,,本庁舎/" + unknown + ",正規,1651/4/1,新卒\n"));
        Map<String, Resolution> create = Map.of("本庁舎/" + unknown, Resolution.create(null));
        HireImportService.Preview again = imports.recheck(p.rows(), p.suggestedCohort(), create);
        assertThat(again.validCount()).isEqualTo(2);
        assertThat(again.createdCount()).isEqualTo(2); // 本庁舎 and the section under it
        List<Integer> progress = new ArrayList<>();
        assertThat(imports.confirm(p.suggestedCohort(), again.rows(), create, progress::add)).isEqualTo(2);
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
        HireImportService.Preview own = imports.preview(file("辛 八郎,,勝手な課,正規,1652/4/1,新卒\n"));
        assertThatThrownBy(() -> imports.confirm(own.suggestedCohort(), own.rows(),
                Map.of("勝手な課", Resolution.create(null)), n -> { })).isInstanceOf(AuthorizationDeniedException.class);
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

    @Test
    void typos_are_matched_like_a_person_would_and_each_name_is_mapped_created_or_skipped() {
        signIn("admin");
        String west = unique("西保育所");
        String nowhere = unique("幻の課");
        HireImportService.Preview p = imports.preview(file("一 子,,中央保育園,正規,1654/4/1,新卒\n"
                + "二 子,,中央保育園,正規,1654/4/1,新卒\n"
                + "三 子,,市民科,正規,1654/4/1,新卒\n"
                + "四 子,,福祉部/保育所/" + west + ",正規,1654/4/1,新卒\n"
                + "五 子,," + nowhere + ",正規,1654/4/1,新卒\n"
                + "六 子,,人事課,正規,1654/4/1,新卒\n"));
        assertThat(p.unknown()).extracting(HireImportService.UnknownWorkplace::name)
                .containsExactly("中央保育園", "市民科", "福祉部/保育所/" + west, nowhere);
        HireImportService.UnknownWorkplace nursery = p.unknown().get(0);
        assertThat(nursery.suggestions()).first().extracting(WorkplaceNode::name).isEqualTo("中央保育所");
        assertThat(p.unknown().get(1).suggestions()).first().extracting(WorkplaceNode::name).isEqualTo("市民課");
        HireImportService.UnknownWorkplace newNursery = p.unknown().get(2);
        assertThat(newNursery.parentPath()).isEqualTo("市長部局/福祉部/保育所");
        assertThat(newNursery.missing()).containsExactly(west);
        assertThat(p.validCount()).isEqualTo(1);

        Map<String, Resolution> chosen = Map.of(
                "中央保育園", Resolution.map(nursery.suggestions().getFirst().id()),
                "市民科", Resolution.map(p.unknown().get(1).suggestions().getFirst().id()),
                "福祉部/保育所/" + west, Resolution.create(newNursery.parentId()),
                nowhere, Resolution.skip());
        HireImportService.Preview planned = imports.recheck(p.rows(), p.suggestedCohort(), chosen);
        assertThat(planned.validCount()).isEqualTo(5);
        assertThat(planned.mappedCount()).isEqualTo(2);
        assertThat(planned.createdCount()).isEqualTo(1);
        assertThat(planned.skippedCount()).isEqualTo(1);
        assertThat(planned.problemCount()).isZero();
        int roots = jdbc.queryForObject("select count(*) from workplace where name = '福祉部'", Integer.class);
        int workplacesBefore = jdbc.queryForObject("select count(*) from workplace", Integer.class);

        assertThat(imports.confirm(p.suggestedCohort(), p.rows(), chosen, n -> { })).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from workplace", Integer.class))
                .isEqualTo(workplacesBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from workplace where name = '福祉部'", Integer.class))
                .isEqualTo(roots);
        assertThat(jdbc.queryForObject("select p.name from workplace w join workplace p on p.id = w.parent_id "
                + "where w.name = ?", String.class, west)).isEqualTo("保育所");
        assertThat(jdbc.queryForObject("select count(*) from new_hire h join workplace w on w.id = h.workplace_id "
                + "where w.name = '中央保育所' and h.hire_date = '1654-04-01'", Integer.class)).isEqualTo(2);

        // next year the mapped names are known at once
        HireImportService.Preview nextYear = imports.preview(file("七 子,,中央保育園,正規,1655/4/1,新卒\n"
                + "八 子,,市民 科,正規,1655/4/1,新卒\n"));
        assertThat(nextYear.unknown()).isEmpty();
        assertThat(nextYear.validCount()).isEqualTo(2);
    }

    @Test
    void the_recruiter_column_is_checked_in_the_preview_and_rows_without_one_get_the_workplaces_recruiter() {
        signIn("admin");
        HireImportService.Preview p = imports.preview(("氏名,所属,採用日,担当者\n"
                + "甲 担当,中央保育所,1656/4/1,\n"
                + "乙 担当,中央保育所,1656/4/1,shokichou\n"
                + "丙 担当,中央保育所,1656/4/1,nobody-here\n"
                + "丁 担当,中央保育所,1656/4/1," + "x".repeat(60) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(p.rows().get(0).valid()).isTrue();
        assertThat(p.rows().get(1).valid()).isTrue();
        assertThat(p.rows().get(2).errors()).containsExactly("import.error.recruiter-unknown");
        assertThat(p.rows().get(3).errors()).containsExactly("import.error.recruiter-too-long");
        assertThat(imports.confirm(p.suggestedCohort(), p.rows(), n -> { })).isEqualTo(2);
        // the workplace's assigned recruiter (the first by name, when other tests assigned one more)
        String assigned = jdbc.queryForObject("select min(u.username) from app_user_workplace aw join app_user u on "
                + "u.id = aw.user_id join app_user_role r on r.user_id = u.id and r.role = 'RECRUITER' join workplace w "
                + "on w.id = aw.workplace_id where u.enabled and w.name = '中央保育所'", String.class);
        assertThat(assigned).isNotNull();
        assertThat(jdbc.queryForObject("select recruiter from new_hire where hire_date = '1656-04-01' and name = ?",
                String.class, "甲 担当")).isEqualTo(assigned);
        assertThat(jdbc.queryForObject("select recruiter from new_hire where hire_date = '1656-04-01' and name = ?",
                String.class, "乙 担当")).isEqualTo("shokichou");
    }

    @Test
    void two_confirmations_of_the_same_list_at_the_same_moment_import_its_hires_once() throws Exception {
        // issue #15: two app nodes (or a double click) confirming one appointment list; both previews found nobody in
        // the cohort. The key on (cohort, name, hire date) lets one set in; the other import finds them imported.
        signIn("admin");
        String a = unique("甲 同時");
        String b = unique("乙 同時");
        HireImportService.Preview p = imports.preview(file(a + ",,市民課,正規,1657/4/1,新卒\n"
                + b + ",,中央保育所,正規,1657/4/1,新卒\n"));
        assertThat(p.validCount()).isEqualTo(2);
        // the cohort exists (a new one is created under a lock, which already makes the second import wait)
        recruitment.cohortOf(p.suggestedCohort());
        java.util.concurrent.CountDownLatch firstInserted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CompletableFuture<Integer> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            jp.kumiaidesk.security.TestSignIn.signIn(ctx, "admin");
            return imports.confirm(p.suggestedCohort(), p.rows(), done -> {
                if (firstInserted.getCount() > 0) {
                    firstInserted.countDown();
                    // the first import's hires stay uncommitted while the second one checks and inserts
                    sleep(1500);
                }
            });
        }, two);
        java.util.concurrent.CompletableFuture<Integer> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            jp.kumiaidesk.security.TestSignIn.signIn(ctx, "admin");
            try {
                assertThat(firstInserted.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return imports.confirm(p.suggestedCohort(), p.rows(), done -> { });
        }, two);
        int firstCount = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
        int secondCount = second.get(60, java.util.concurrent.TimeUnit.SECONDS);
        two.shutdown();
        assertThat(firstCount + secondCount).as("hires imported by the two confirmations").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from new_hire where name in (?, ?)", Integer.class, a, b))
                .isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
