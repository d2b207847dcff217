package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import jp.kumiaidesk.recruitment.AppointmentLists;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Issues #10/#11 at real size: the personnel office's appointment list of 600 new hires (CSV in Shift_JIS with CRLF,
 * as Excel saves it) imported in the browser, two misspelt workplaces mapped to the ones the matcher proposes and a
 * new one created under a chosen parent; then the tracker holds the whole cohort, scrolled to its last card on a
 * desktop by an executive and on a phone by a recruiter who sees only their own workplaces' hires.
 * <p>
 * The import is the administrator's: only administrators create workplaces (docs/security.md). A year no other test
 * hires in (BigCohort uses 2400 on, HqJourneyTest 2700 on), so no other test sees these 600 hires.
 */
class ImportAtSizeJourneyTest extends BrowserTest {

    private static final int ROWS = 600;
    private static final String TYPO_DISABILITY = AppointmentLists.TYPO_DISABILITY;
    private static final String TYPO_REHAB = AppointmentLists.TYPO_REHAB;
    private static final String NEW_HALL = AppointmentLists.NEW_HALL;
    private static final String RECRUITER = "soshiki01";

    @Autowired
    WorkplaceService workplaces;

    @Test
    void six_hundred_hires_imported_with_typos_resolved_then_scrolled_to_the_end_on_desktop_and_phone() {
        int year = 2600 + (int) (System.nanoTime() % 90);
        String cohort = year + "-04";
        signIn("admin");
        List<WorkplaceNode> all = workplaces.flatten();
        List<String> units = AppointmentLists.units(all);
        Map<String, WorkplaceNode> byName = all.stream().collect(Collectors.toMap(WorkplaceNode::name,
                Function.identity(), (a, b) -> a));
        WorkplaceNode disability = byName.get("障害福祉課");
        WorkplaceNode rehab = byName.get("リハビリテーション科");
        WorkplaceNode halls = all.stream().filter(w -> w.path().endsWith("福祉部/児童館")).findFirst().orElseThrow();

        byte[] file = AppointmentLists.shiftJisCsv(ROWS, year, units);

        login("admin");
        page.navigate(url("recruitment/import"));
        page.locator("#recruitment-import input[type=file]").setInputFiles(
                new FilePayload("辞令一覧.csv", "text/csv", file));
        Locator summary = page.locator("#recruitment-import-summary");
        summary.filter(new Locator.FilterOptions().setHasText(ROWS + "行のうち")).waitFor();
        int known = ROWS - ROWS / 50 * AppointmentLists.UNKNOWN_PER_50;
        assertThat(summary.innerText()).startsWith(ROWS + "行のうち " + known + "行を取り込めます");

        choose(TYPO_DISABILITY, "「" + disability.path() + "」に読み替える");
        choose(TYPO_REHAB, "「" + rehab.path() + "」に読み替える");
        choose(NEW_HALL, "最上位に「" + NEW_HALL + "」を作成する");
        Locator parent = page.locator("vaadin-combo-box[id^=import-resolve-parent-] input");
        parent.fill("児童館");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(halls.path()).setExact(true)).click();
        waitForServer();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("「" + NEW_HALL + "」"))
                .filter(new Locator.FilterOptions().setHasText("「" + halls.path() + "」の下に「" + NEW_HALL
                        + "」を作成する")).waitFor();
        Locator confirm = page.locator("#recruitment-import-confirm");
        assertThat(confirm.innerText())
                .isEqualTo(ROWS + "人を取り込む（読み替え 2件・所属の作成 1件・取り込まない行 0行・問題のある行 0行）");
        confirm.click();
        page.waitForURL(u -> u.endsWith("/recruitment?cohort=" + cohort), new Page.WaitForURLOptions()
                .setTimeout(120_000));
        assertThat(page.locator("#recruitment-total-hires").innerText().strip()).isEqualTo(String.valueOf(ROWS));
        long cohortId = jdbc.queryForObject("select id from cohort where code = ?", Long.class, cohort);
        long hall = jdbc.queryForObject("select id from workplace where name = ? and parent_id = ?", Long.class,
                NEW_HALL, halls.id());
        assertThat(countIn(cohortId, "workplace_id = " + hall)).isEqualTo(12);
        assertThat(countIn(cohortId, "workplace_id = " + disability.id())).isGreaterThanOrEqualTo(12);
        assertThat(countIn(cohortId, "workplace_id = " + rehab.id())).isGreaterThanOrEqualTo(12);

        newSession();
        login("shokichou");
        page.navigate(url("recruitment/hires?cohort=" + cohort));
        scrollToTheEnd(ROWS, lastName(cohortId, "true"));

        newSession();
        page.setViewportSize(390, 844);
        login(RECRUITER);
        page.navigate(url("recruitment/hires?cohort=" + cohort));
        String assigned = "select w.workplace_id from app_user_workplace w join app_user u on u.id = w.user_id "
                + "where u.username = '" + RECRUITER + "'";
        String own = "workplace_id in (" + assigned + ")";
        int mine = countIn(cohortId, own);
        assertThat(mine).isBetween(1, ROWS - 1);
        scrollToTheEnd(mine, lastName(cohortId, own));
        List<String> shown = page.locator("[data-testid=hire-card] .kd-muted").allInnerTexts();
        List<String> ownPlaces = jdbc.queryForList("select name from workplace where id in (" + assigned
                + ")", String.class);
        List<String> places = new ArrayList<>(shown.stream().filter(s -> !s.isBlank() && !s.matches("[ァ-ヶー ]+")
                && !s.startsWith("次の")).toList());
        assertThat(places).isNotEmpty().allMatch(ownPlaces::contains);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(consoleErrors).isEmpty();
    }

    /** Opens the choice for {@code name} (its label names it) and takes the option the matcher offered. */
    private void choose(String name, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("「" + name + "」")).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).click();
        waitForServer();
    }

    private int countIn(long cohortId, String where) {
        return jdbc.queryForObject("select count(*) from new_hire where cohort_id = ? and " + where, Integer.class,
                cohortId);
    }

    /** The tracker's last card: its order is workplace, kana, id. */
    private String lastName(long cohortId, String where) {
        return jdbc.queryForObject("select name from new_hire where cohort_id = ? and " + where
                + " order by workplace_id desc, kana desc, id desc limit 1", String.class, cohortId);
    }

    private void scrollToTheEnd(int rows, String last) {
        Locator list = page.locator("vaadin-virtual-list.kd-hire-list");
        page.locator("[data-testid=hire-card]").first().waitFor();
        assertThat(((Number) list.evaluate("l => l.items.length")).intValue()).isEqualTo(rows);
        list.evaluate("(l, last) => l.scrollToIndex(last)", rows - 1);
        page.locator("[data-testid=hire-card]").filter(new Locator.FilterOptions().setHasText(last)).last()
                .waitFor();
        Locator lastCard = page.locator("[data-testid=hire-card]").filter(new Locator.FilterOptions()
                .setHasText(last)).last();
        assertThat(lastCard.isVisible()).isTrue();
    }
}
