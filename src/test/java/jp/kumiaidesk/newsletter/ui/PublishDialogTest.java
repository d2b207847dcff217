package jp.kumiaidesk.newsletter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.newsletter.NewsletterForm;
import jp.kumiaidesk.newsletter.NewsletterService;
import jp.kumiaidesk.newsletter.NewsletterStatus;
import jp.kumiaidesk.newsletter.NewsletterView;

/** 発行 asks before it takes a number, says where the mail goes, and refuses while edits are not saved. */
class PublishDialogTest extends KaribuTest {

    @Autowired
    NewsletterService newsletters;

    private long approved(String headline) {
        login("shokikyoku");
        long id = newsletters.createBlank(headline);
        NewsletterView draft = newsletters.get(id);
        newsletters.update(id, draft.version(), new NewsletterForm(LocalDate.of(2026, 12, 1), headline,
                "当局は2.5か月分と回答しました。", List.of(), "", "", List.of()));
        NewsletterView submitted = newsletters.submit(id, newsletters.get(id).version());
        for (String executive : List.of("iinchou", "shokichou")) {
            if (newsletters.get(id).status() == NewsletterStatus.IN_REVIEW) {
                login(executive);
                newsletters.approve(id, submitted.contentHash());
            }
        }
        login("shokikyoku");
        return id;
    }

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void publish_asks_first_shows_the_number_and_the_lists_and_cancel_takes_no_number() {
        long id = approved(unique("年末一時金の回答"));
        openAs("shokikyoku", "newsletters/" + id);
        int expected = newsletters.expectedNumber();

        click("newsletter-publish");

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("newsletter-publish-dialog"));
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains("第" + expected + "号として発行します", "号数は一度使うと戻せません",
                "kumiai-all@example.jp（1件のアドレス）", "メールサーバーが設定されていない");
        assertThat(_get(Button.class, spec -> spec.withId("newsletter-publish-confirm")).getText())
                .isEqualTo("第" + expected + "号として発行する");
        click("newsletter-publish-cancel");
        assertThat(newsletters.get(id).status()).isEqualTo(NewsletterStatus.APPROVED);
        assertThat(newsletters.expectedNumber()).isEqualTo(expected);

        click("newsletter-publish");
        click("newsletter-publish-confirm");
        NewsletterView published = newsletters.get(id);
        assertThat(published.status()).isEqualTo(NewsletterStatus.PUBLISHED);
        assertThat(published.number()).isEqualTo(expected);
        assertThat(_get(Div.class, spec -> spec.withId("newsletter-deliveries")).getElement().getTextRecursively())
                .contains("kumiai-all@example.jp：送っていません（メールサーバー未設定のためログに記録のみ）");
    }

    @Test
    void publish_is_refused_while_the_editor_has_unsaved_edits_and_what_was_typed_stays() {
        long id = approved(unique("人員確保の回答"));
        openAs("shokikyoku", "newsletters/" + id);
        TextField headline = _get(TextField.class, spec -> spec.withId("newsletter-headline"));
        type(headline, "まだ保存していない見出し");

        click("newsletter-publish");

        _assertNone(Dialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("newsletter-publish-refused")).getText())
                .contains("保存してから発行");
        assertThat(headline.getValue()).isEqualTo("まだ保存していない見出し");
        assertThat(newsletters.get(id).status()).isEqualTo(NewsletterStatus.APPROVED);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("newsletters/" + id);
    }

    @Test
    void an_emoji_in_the_headline_is_flagged_as_unprintable_in_the_pdf() {
        login("shokikyoku");
        long id = newsletters.createBlank(unique("速報"));
        openAs("shokikyoku", "newsletters/" + id);
        type(_get(TextField.class, spec -> spec.withId("newsletter-headline")), "妥結しました🎉");
        Span warning = _get(Span.class, spec -> spec.withId("newsletter-unprintable"));
        assertThat(warning.getText()).contains("PDFに印刷できない文字", "🎉").doesNotContain("妥");
    }
}
