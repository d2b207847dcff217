package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import jp.kumiaidesk.hq.TestSheets;
import jp.kumiaidesk.recruitment.HqSheet;

/** The union exports its HQ sheet; the HQ uploads it with four other unions' and reads the prefecture's totals. */
class HqJourneyTest extends BrowserTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private void chooseYear(String fieldId, int year) {
        Locator input = page.locator("#" + fieldId + " input");
        input.fill(String.valueOf(year));
        input.press("Enter");
    }

    @Test
    void the_secretary_general_exports_the_sheet_and_the_hq_rolls_up_five_unions() throws IOException {
        // a year in which no test has hired (yet), so our own sheet adds no hires
        int year = yearWithoutCohorts(2700, 90);
        login("shokichou");
        page.navigate(url("recruitment/survey"));
        chooseYear("survey-year", year);
        // the page has loaded the chosen year (last year's answers beside), so the export is of that year
        page.locator("#survey-last-REQUESTS").filter(new Locator.FilterOptions().setHasText((year - 1) + "年度"))
                .waitFor();
        Download download = page.waitForDownload(() -> page.locator("#survey-export").click());
        byte[] own = Files.readAllBytes(download.path());
        assertThat(own).isNotEmpty();

        newSession();
        login("kenhonbu");
        page.locator("[data-testid='nav-recruitment/hq']").click();
        page.waitForURL(u -> u.endsWith("/recruitment/hq"));
        chooseYear("hq-year", year);
        page.getByText(year + "年度のシートはまだありません").waitFor();
        page.locator("#hq-upload input[type=file]").setInputFiles(new FilePayload[] {
            new FilePayload("own.xlsx", XLSX, own),
            new FilePayload("kita.xlsx", XLSX, TestSheets.workbook(TestSheets.tidy(year, "北市職労", 40, 20, 5,
                    "全労連・自治労連"))),
            new FilePayload("minami.xlsx", XLSX, TestSheets.workbook(TestSheets.tidy(year, "南町職労", 10, 6, 0,
                    HqSheet.NONE))),
            new FilePayload("higashi.xlsx", XLSX, TestSheets.workbook(TestSheets.tidy(year, "東村職労", 30, 12, 3,
                    "旧全官公"))),
            new FilePayload("nishi.xlsx", XLSX, TestSheets.workbook(TestSheets.tidy(year, "西市職労", 20, 2, 0,
                    HqSheet.NONE)))});
        page.locator("[data-testid=hq-upload-result]").nth(4).waitFor();
        page.locator("#hq-count").filter(new Locator.FilterOptions().setHasText("5単組")).waitFor();
        assertThat(page.locator("#hq-total-hires").innerText().strip()).isEqualTo("100");
        assertThat(page.locator("#hq-total-joined").innerText().strip()).isEqualTo("40");
        assertThat(page.locator("#hq-total-competitor").innerText().strip()).isEqualTo("8");
        assertThat(page.locator("#hq-total-declined").innerText().strip()).isEqualTo("52");
        assertThat(page.locator("#hq-rate").innerText().strip()).isEqualTo("40.0%");
        page.locator("#hq-chart-join-rate canvas").first().waitFor();
        assertThat(consoleErrors).isEmpty();
    }
}
