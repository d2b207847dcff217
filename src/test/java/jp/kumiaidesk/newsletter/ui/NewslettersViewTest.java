package jp.kumiaidesk.newsletter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.newsletter.NewsletterStatus;
import jp.kumiaidesk.newsletter.NewsletterView;

class NewslettersViewTest extends KaribuTest {

    @Test
    void the_list_shows_the_published_demo_issue_and_finds_it_by_text() {
        openAs("iinchou", "newsletters");
        @SuppressWarnings("unchecked")
        Grid<NewsletterView> grid = _get(Grid.class, spec -> spec.withId("newsletters"));
        type(_get(TextField.class, spec -> spec.withId("newsletters-search")), "勤勉手当");
        @SuppressWarnings("unchecked")
        Select<NewsletterStatus> status = _get(Select.class, spec -> spec.withLabel("状態"));
        type(status, NewsletterStatus.PUBLISHED);
        assertThat(GridKt._size(grid)).isPositive();
        // the demo issue about 勤勉手当 is among what the search found (other issues may mention it in their text)
        NewsletterView first = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(n -> n.form().headline().contains("勤勉手当")).findFirst().orElseThrow();
        assertThat(first.status()).isEqualTo(NewsletterStatus.PUBLISHED);
        assertThat(first.webPath()).startsWith("/n/");
        _assertNone(Button.class, spec -> spec.withId("newsletter-new"));
    }

    @Test
    void the_secretariat_starts_a_newsletter_that_is_not_about_one_session() {
        openAs("shokikyoku", "newsletters");
        type(_get(TextField.class, spec -> spec.withId("newsletter-new-headline")), "12月の職場集会のお知らせ");
        _click(_get(Button.class, spec -> spec.withId("newsletter-new")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("newsletters/\\d+");
    }
}
