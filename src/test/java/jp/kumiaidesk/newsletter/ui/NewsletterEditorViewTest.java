package jp.kumiaidesk.newsletter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.newsletter.NewsletterService;
import jp.kumiaidesk.newsletter.NewsletterStatus;

class NewsletterEditorViewTest extends KaribuTest {

    @Autowired
    BargainingService bargaining;

    @Autowired
    NewsletterService newsletters;

    private long draft() {
        login("shokikyoku");
        long season = bargaining.createSeason(unique("人員確保闘争"), LocalDate.of(2026, 10, 1));
        long demand = bargaining.addDemand(season, "保育士の増員");
        long session = bargaining.createSession(new SessionForm(season, LocalDate.of(2026, 11, 18),
                LocalTime.of(15, 0), LocalTime.of(16, 0), SessionKind.COLLECTIVE_BARGAINING, "総務部長", "委員長",
                List.of(new AnswerForm(demand, "5名増員する", AnswerOutcome.SETTLED)), "5名増員で合意", "", "",
                List.of()));
        return newsletters.draftFromSession(session);
    }

    private String status() {
        return _get(Span.class, spec -> spec.withId("newsletter-status")).getText();
    }

    /** Another user opens the page (via home: the same URL again would reuse the view of the previous user). */
    private void reopenAs(String user, long id) {
        openAs(user, "");
        UI.getCurrent().navigate("newsletters/" + id);
    }

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void written_submitted_approved_published_and_changed_after_approval_goes_back_to_review() {
        long id = draft();
        UI.getCurrent().navigate("newsletters/" + id);
        assertThat(status()).isEqualTo("下書き");
        type(_get(TextField.class, spec -> spec.withId("newsletter-headline")), "保育士5名増員を勝ち取る");
        assertThat(_get(IFrame.class, spec -> spec.withId("newsletter-preview")).getSrcdoc().orElseThrow())
                .contains("保育士5名増員を勝ち取る").contains("5名増員する");
        click("newsletter-submit");
        assertThat(status()).isEqualTo("承認待ち");

        reopenAs("iinchou", id);
        _assertNone(Button.class, spec -> spec.withId("newsletter-publish"));
        click("newsletter-approve");
        assertThat(status()).isEqualTo("承認済み");

        reopenAs("shokikyoku", id);
        type(_get(TextArea.class, spec -> spec.withId("newsletter-lead")), "承認後に一文を足した。");
        click("newsletter-save");
        assertThat(status()).isEqualTo("承認待ち");
        assertThat(_get(Paragraph.class, spec -> spec.withId("newsletter-reapproval")).getText())
                .contains("もう一度承認が必要");
        _assertNone(Button.class, spec -> spec.withId("newsletter-publish"));

        reopenAs("shokichou", id);
        click("newsletter-approve");
        reopenAs("shokikyoku", id);
        click("newsletter-publish");
        click("newsletter-publish-confirm");
        assertThat(status()).isEqualTo("発行済み");
        assertThat(_get(Anchor.class, spec -> spec.withId("newsletter-web-link")).getHref()).matches("/n/[\\w-]{22}");
        _get(Anchor.class, spec -> spec.withId("newsletter-pdf-link"));
        assertThat(newsletters.get(id).status()).isEqualTo(NewsletterStatus.PUBLISHED);
        assertThat(_get(Div.class, spec -> spec.withId("newsletter-published")).getElement().getTextRecursively())
                .contains("kumiai-all@example.jp：送っていません");
        _get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("newsletter-qr"));

        // the SNS composer starts from the newsletter
        click("newsletter-sns-draft");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("sns/drafts/\\d+");
    }

    @Test
    void a_change_request_needs_a_reason_next_to_the_comment_field() {
        long id = draft();
        newsletters.submit(id, newsletters.get(id).version());
        reopenAs("iinchou", id);
        click("newsletter-request-changes");
        TextArea comment = _get(TextArea.class, spec -> spec.withId("newsletter-comment"));
        assertThat(comment.isInvalid()).isTrue();
        type(comment, "回答の数字を当局の文書で確認してください");
        click("newsletter-request-changes");
        assertThat(status()).isEqualTo("差し戻し");
    }

    @Test
    void bad_input_is_shown_next_to_the_field_and_nothing_typed_is_lost() {
        long id = draft();
        UI.getCurrent().navigate("newsletters/" + id);
        TextArea answer = _get(TextArea.class, spec -> spec.withId("newsletter-answer-0"));
        type(answer, "<iframe src=//evil>");
        click("newsletter-save");
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getValue()).isEqualTo("<iframe src=//evil>");
        TextField headline = _get(TextField.class, spec -> spec.withId("newsletter-headline"));
        type(answer, "5名増員");
        type(headline, "");
        click("newsletter-save");
        assertThat(headline.getErrorMessage()).isEqualTo("入力してください");
    }

    @Test
    void the_executive_home_lists_newsletters_waiting_for_approval() {
        openAs("iinchou", "");
        assertThat(_get(Div.class, spec -> spec.withId("home-newsletters-awaiting-approval")).getElement()
                .getTextRecursively()).contains("承認待ちの速報");
    }
}
