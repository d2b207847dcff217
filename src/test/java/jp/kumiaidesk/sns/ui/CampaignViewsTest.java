package jp.kumiaidesk.sns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.CampaignService;
import jp.kumiaidesk.sns.CampaignViews.CampaignDraft;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;

/** The campaign pages driven as a user does: create an X デモ, build its sequence, read its how-to. */
class CampaignViewsTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    SnsDraftService drafts;

    private static final LocalDateTime START = LocalDateTime.now(UnionTime.ZONE).plusDays(3).withHour(14)
            .withMinute(0).withSecond(0).withNano(0);

    @Test
    void a_campaign_is_created_its_sequence_built_and_shown_minute_by_minute_with_its_readiness() {
        openAs("shokikyoku", "sns/campaigns");
        String name = unique("看護師デモ");
        type(_get(TextField.class, spec -> spec.withId("campaign-name")), name);
        type(_get(TextField.class, spec -> spec.withId("campaign-hashtag")), "看護師の五輪派遣は困ります");
        type(_get(DateTimePicker.class, spec -> spec.withId("campaign-starts-at")), START);
        _click(_get(Button.class, spec -> spec.withId("campaign-create")));
        CampaignView view = _get(CampaignView.class);
        long id = campaigns.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();

        // a draft of the campaign, without the hashtag: flagged on the campaign page
        drafts.create(new DraftForm("14時の投稿", "看護師を五輪に派遣しないで", "#いのちまもる", EnumSet.of(Network.X),
                SnsDraftService.UNION_ACCOUNT, START, id, List.of()));
        view.reload();
        assertThat(_get(Div.class, spec -> spec.withId("campaign-draft-warnings")).getElement()
                .getTextRecursively()).contains("#看護師の五輪派遣は困ります");

        type(_get(IntegerField.class, spec -> spec.withId("campaign-step-offset")), 0);
        type(_get(TextField.class, spec -> spec.withId("campaign-step-poster")), "青年部アカウント");
        @SuppressWarnings("unchecked")
        ComboBox<CampaignDraft> draft = _get(ComboBox.class, spec -> spec.withId("campaign-step-draft"));
        type(draft, campaigns.get(id).drafts().get(0));
        _click(_get(Button.class, spec -> spec.withId("campaign-step-add")));
        type(_get(IntegerField.class, spec -> spec.withId("campaign-step-offset")), 5);
        type(_get(TextField.class, spec -> spec.withId("campaign-step-poster")), "女性部アカウント");
        _click(_get(Button.class, spec -> spec.withId("campaign-step-add")));

        UnorderedList sequence = _get(UnorderedList.class, spec -> spec.withId("campaign-sequence"));
        List<ListItem> steps = _find(sequence, ListItem.class);
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).getElement().getTextRecursively()).contains("14:00（+0分）").contains("青年部アカウント")
                .contains("14時の投稿");
        assertThat(steps.get(1).getElement().getTextRecursively()).contains("14:05（+5分）").contains("下書き未定");
        String readiness = _get(Div.class, spec -> spec.withId("campaign-readiness")).getElement()
                .getTextRecursively();
        assertThat(readiness).contains("順番の下書きの承認 0/2").contains("担当者の決定 2/2")
                .contains("まだ準備が終わっていません");

        // the calendar shows the same sequence when the campaign is chosen
        UI.getCurrent().navigate("sns/calendar");
        @SuppressWarnings("unchecked")
        ComboBox<jp.kumiaidesk.sns.SnsViews.Campaign> filter = _find(ComboBox.class).stream()
                .filter(c -> c.getPlaceholder() != null && c.getPlaceholder().contains("キャンペーン")).findFirst()
                .orElseThrow();
        type(filter, drafts.campaigns().stream().filter(c -> c.id() == id).findFirst().orElseThrow());
        assertThat(_get(Div.class, spec -> spec.withId("sns-calendar-sequence")).getElement().getTextRecursively())
                .contains("14:00（+0分）").contains("14:05（+5分）");
    }

    @Test
    void the_how_to_page_and_its_pdf_are_generated_from_the_campaign() {
        login("shokikyoku");
        long id = campaigns.create(new jp.kumiaidesk.sns.CampaignViews.CampaignForm(unique("署名デモ"), "#人員増",
                START, "13時半にオンラインで集合"));
        campaigns.addStep(id, 0, "書記長", null);
        openAs("shokikyoku", "sns/campaigns/" + id + "/howto");
        String page = _get(com.vaadin.flow.component.Html.class, spec -> spec.withClasses("kd-how-to")).getInnerHtml();
        assertThat(page).contains("#人員増").contains("13時半にオンラインで集合").contains("書記長")
                .contains("③フェイクニュース");
        byte[] pdf = _get(CampaignHowToView.class).howToPdf(id);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
