package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.CampaignService;
import jp.kumiaidesk.sns.CampaignViews.CampaignForm;

/**
 * Issue #11 in a browser, in the demo union whose executive committee is 委員長 and 書記長 only: the 書記長 writes a
 * draft of an X デモ, the 委員長 approves it (one approval: the author does not count), and the campaign page shows
 * the sequence minute by minute.
 */
class TwoExecutiveCampaignJourneyTest extends BrowserTest {

    @Autowired
    CampaignService campaigns;

    @Test
    void the_secretary_general_writes_the_chair_approves_and_the_sequence_is_shown() {
        String name = unique("人員確保Xデモ");
        LocalDateTime start = LocalDateTime.now(UnionTime.ZONE).plusDays(4).withHour(12).withMinute(0).withSecond(0)
                .withNano(0);
        signIn("shokichou");
        long campaignId = campaigns.create(new CampaignForm(name, "#人員確保", start, null));

        login("shokichou");
        page.navigate(url("sns/new"));
        Locator body = page.locator("#sns-body textarea");
        body.waitFor();
        body.pressSequentially("職場の人員を増やしてください。", new Locator.PressSequentiallyOptions().setDelay(5));
        page.waitForURL(u -> u.matches(".*/sns/drafts/\\d+$"));
        String draftUrl = page.url();
        long draftId = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));
        page.locator("#sns-hashtags input").fill("#人員確保");
        // the account, times and campaign are one line of text until the writer changes them
        page.locator("#sns-schedule-summary").filter(new Locator.FilterOptions().setHasText("キャンペーン：なし"))
                .waitFor();
        page.locator("#sns-schedule-edit").click();
        page.locator("#sns-campaign input").fill(name);
        page.locator("#sns-campaign input").press("Enter");
        page.locator("#sns-save").click();
        page.locator("#sns-save-status").filter(new Locator.FilterOptions().setHasText("保存しました")).waitFor();
        page.locator("#sns-submit").click();
        page.locator("#sns-state").filter(new Locator.FilterOptions().setHasText("承認待ち")).waitFor();
        // the author reads why they do not approve it themself
        page.locator("#sns-review-why").filter(new Locator.FilterOptions().setHasText("作成者")).waitFor();

        newSession();
        login("iinchou");
        page.navigate(draftUrl);
        page.locator("#sns-checklist").waitFor();
        page.locator("#sns-approve-why").waitFor();
        Locator items = page.locator("#sns-checklist vaadin-checkbox");
        for (int i = 0; i < items.count(); i++) {
            items.nth(i).locator("input").check();
        }
        page.locator("#sns-approve:not([disabled])").waitFor();
        page.locator("#sns-approve").click();
        page.locator("#sns-state").filter(new Locator.FilterOptions().setHasText("承認済み")).waitFor();

        signIn("shokichou");
        campaigns.addStep(campaignId, 0, "書記長", draftId);
        campaigns.addStep(campaignId, 5, "青年部アカウント", null);
        page.navigate(url("sns/campaigns/" + campaignId));
        Locator sequence = page.locator("#campaign-sequence");
        sequence.filter(new Locator.FilterOptions().setHasText("12:05（+5分）")).waitFor();
        assertThat(sequence.innerText()).contains("12:00（+0分）").contains("書記長").contains("承認済み");
        assertThat(consoleErrors).isEmpty();
    }
}
