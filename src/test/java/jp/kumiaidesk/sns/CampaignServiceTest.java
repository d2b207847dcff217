package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.TestImages;
import jp.kumiaidesk.sns.CampaignViews.CampaignDetail;
import jp.kumiaidesk.sns.CampaignViews.CampaignForm;
import jp.kumiaidesk.sns.SnsViews.Saved;

/** Issue #11: campaigns (X デモ) with their hashtag, sequence, banners and readiness. */
class CampaignServiceTest extends ServiceTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    SnsDraftService sns;

    @Autowired
    ImageService images;

    private static final LocalDateTime START = LocalDateTime.now(UnionTime.ZONE).plusDays(5).withHour(14)
            .withMinute(0).withSecond(0).withNano(0);

    private long campaign(String tag) {
        return campaigns.create(new CampaignForm(unique("看護師デモ"), tag, START, "Zoomで13時半に集合"));
    }

    private Saved draft(long campaignId, String body, String hashtags) {
        return sns.create(new DraftForm("デモ投稿", body, hashtags, EnumSet.of(Network.X), SnsDraftService.UNION_ACCOUNT,
                START, campaignId, List.of()));
    }

    @Test
    void a_campaign_needs_a_name_and_a_hashtag_and_checks_the_hashtag_in_each_draft() {
        signIn("shokikyoku");
        assertThatThrownBy(() -> campaigns.create(new CampaignForm(unique("名前"), "", START, null)))
                .hasFieldOrPropertyWithValue("field", CampaignService.FIELD_HASHTAG);
        assertThatThrownBy(() -> campaigns.create(new CampaignForm(" ", "#a", START, null)))
                .hasFieldOrPropertyWithValue("field", CampaignService.FIELD_NAME);
        String tag = "#" + unique("看護");
        long id = campaign(tag.substring(1));
        assertThat(campaigns.get(id).form().hashtag()).isEqualTo(tag);
        Saved without = draft(id, "看護師を増やして", "#いのちまもる");
        Saved with = draft(id, "看護師を増やして", "#いのちまもる " + tag);
        assertThat(sns.draft(without.id()).missingCampaignHashtags()).containsExactly(tag);
        assertThat(sns.draft(with.id()).missingCampaignHashtags()).isEmpty();
        // the tag in the text counts too (full-width ＃ as well)
        Saved inText = draft(id, "看護師を増やして ＃" + tag.substring(1), "");
        assertThat(sns.draft(inText.id()).missingCampaignHashtags()).isEmpty();
        assertThat(campaigns.get(id).drafts()).extracting(d -> d.id()).contains(without.id());
    }

    @Test
    void the_sequence_is_minute_by_minute_from_the_start_and_readiness_counts_what_is_missing() {
        signIn("shokikyoku");
        long id = campaign("#" + unique("seq"));
        String tag = campaigns.get(id).form().hashtag();
        Saved first = draft(id, "最初の投稿", tag);
        Saved second = draft(id, "二番目の投稿", tag);
        long otherCampaign = campaign("#" + unique("other"));
        Saved foreign = draft(otherCampaign, "別のキャンペーン", "");
        assertThatThrownBy(() -> campaigns.addStep(id, 0, "青年部", foreign.id()))
                .hasFieldOrPropertyWithValue("field", CampaignService.FIELD_DRAFT);
        assertThatThrownBy(() -> campaigns.addStep(id, -1, "青年部", null))
                .hasFieldOrPropertyWithValue("field", CampaignService.FIELD_OFFSET);
        campaigns.addStep(id, 5, "女性部アカウント", second.id());
        campaigns.addStep(id, 0, "青年部アカウント", first.id());
        campaigns.addStep(id, 10, "", null);
        CampaignDetail detail = campaigns.get(id);
        assertThat(detail.steps()).extracting(s -> s.offsetMinutes()).containsExactly(0, 5, 10);
        assertThat(detail.steps().get(1).at()).isEqualTo(START.plusMinutes(5).atZone(UnionTime.ZONE).toInstant());
        assertThat(detail.readiness().draftsApproved()).isZero();
        assertThat(detail.readiness().postersAssigned()).isEqualTo(2);
        assertThat(detail.readiness().steps()).isEqualTo(3);
        assertThat(detail.readiness().ready()).isFalse();

        // approve the first draft: one of three
        sns.submit(first.id(), sns.draft(first.id()).version());
        signIn("iinchou");
        String hash = sns.draft(first.id()).contentHash();
        for (ChecklistItem item : ChecklistItem.values()) {
            sns.tick(first.id(), hash, item, true);
        }
        sns.approve(first.id(), hash);
        assertThat(campaigns.get(id).readiness().draftsApproved()).isEqualTo(1);
        signIn("shokikyoku");
        campaigns.removeStep(id, detail.steps().get(2).id());
        assertThat(campaigns.get(id).readiness().steps()).isEqualTo(2);
    }

    @Test
    void a_banner_is_approved_once_by_an_executive_after_consent() {
        signIn("shokikyoku");
        long id = campaign("#" + unique("banner"));
        long image = images.store(TestImages.png(300, 200), "banner.png");
        campaigns.addBanner(id, image);
        assertThat(campaigns.get(id).readiness().banners()).isEqualTo(1);
        assertThatThrownBy(() -> campaigns.approveBanner(id, image)).isInstanceOf(AccessDeniedException.class);
        signIn("iinchou");
        assertThatThrownBy(() -> campaigns.approveBanner(id, image))
                .hasFieldOrPropertyWithValue("messageKey", "sns.error.consent-missing");
        signIn("shokikyoku");
        images.recordConsent(image, false, null);
        signIn("iinchou");
        campaigns.approveBanner(id, image);
        CampaignDetail detail = campaigns.get(id);
        assertThat(detail.banners()).singleElement().satisfies(b -> {
            assertThat(b.approved()).isTrue();
            assertThat(b.approvedByName()).contains("委員長");
        });
        assertThat(detail.readiness().bannersApproved()).isEqualTo(1);
    }
}
