package jp.kumiaidesk.sns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;

/** A post sent to X, Facebook and LINE keeps three URLs, typed in one per network. */
class PostUrlsViewTest extends KaribuTest {

    @Autowired
    SnsDraftService sns;

    @Autowired
    SnsResultsService results;

    @Test
    void each_network_gets_its_url_and_a_url_of_another_network_is_marked_at_its_field() {
        login("shokikyoku");
        long id = sns.create(new DraftForm(unique("署名のお願い"), "署名にご協力を", "",
                EnumSet.of(Network.X, Network.FACEBOOK, Network.LINE), SnsDraftService.UNION_ACCOUNT,
                LocalDateTime.now(UnionTime.ZONE).plusDays(3).withNano(0), null, List.of())).id();
        jdbc.update("update sns_draft set state = 'POSTED', posted_at = now(6) where id = ?", id);
        openAs("shokikyoku", "sns/drafts/" + id);

        String x = "https://x.com/kumiai/status/" + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("sns-post-url-x")), x);
        TextField facebook = _get(TextField.class, spec -> spec.withId("sns-post-url-facebook"));
        type(facebook, "https://x.com/kumiai/status/2");
        type(_get(TextField.class, spec -> spec.withId("sns-post-url-line")), "https://line.me/R/home/public/post?id=" + id);
        _click(_get(LightButton.class, spec -> spec.withId("sns-save-urls")));

        assertThat(facebook.isInvalid()).isTrue();
        assertThat(facebook.getErrorMessage()).isEqualTo("このURLは別のネットワークのものです");
        assertThat(facebook.getValue()).isEqualTo("https://x.com/kumiai/status/2");
        assertThat(results.postUrls(id)).containsEntry(Network.X, x).containsKey(Network.LINE)
                .doesNotContainKey(Network.FACEBOOK);

        type(facebook, "https://www.facebook.com/kumiai/posts/" + id);
        _click(_get(LightButton.class, spec -> spec.withId("sns-save-urls")));
        assertThat(facebook.isInvalid()).isFalse();
        assertThat(results.postUrls(id)).hasSize(3);
    }
}
