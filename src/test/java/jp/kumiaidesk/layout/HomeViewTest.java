package jp.kumiaidesk.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;

class HomeViewTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    private List<String> menu() {
        return menuItems().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    @Test
    void an_executive_lands_on_home_with_the_union_rate_and_their_menu() {
        openAs("iinchou", "");
        _get(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("山田 太郎（委員長）さん、おつかれさまです");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("ホーム");
        assertThat(_get(Div.class, spec -> spec.withId("home-union-rate")).getElement().getTextRecursively()).contains("%");
        assertThat(menu()).containsExactly("ホーム", "SNS投稿", "新規採用者の組織化", "団体交渉", "速報・教宣紙", "所属と組織率",
                "通知");
    }

    @Test
    void a_recruiter_sees_only_their_menu_and_unread_notifications_on_home() {
        login("seinenbu");
        notifications.notify(new Recipient("seinenbu", null), "notification.welcome", "高橋", "");
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("ホーム", "SNS投稿", "新規採用者の組織化", "通知");
        _assertNone(Div.class, spec -> spec.withId("home-union-rate"));
        assertThat(_get(Div.class, spec -> spec.withId("home-notifications")).getElement().getTextRecursively()).contains("高橋");
    }

    @Test
    void an_administrator_sees_the_administration_menu() {
        openAs("admin", "");
        assertThat(menu()).contains("ユーザー管理", "監査ログ", "所属と組織率", "承認ルール").doesNotContain("SNS投稿");
    }

    @Test
    void a_recruiter_cannot_open_the_secretariats_pages() {
        openAs("seinenbu", "bargaining");
        _get(NotFoundView.class);
    }
}
