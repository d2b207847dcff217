package jp.kumiaidesk.newsletter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.newsletter.MailingLists;
import jp.kumiaidesk.newsletter.MailingLists.MailingList;

/** The administrator keeps the members' mailing lists: typed in, or imported from the office's CSV. */
class MailingListsViewTest extends KaribuTest {

    @Autowired
    MailingLists lists;

    private final String name = unique("全組合員");
    private final String imported = unique("青年部");

    @AfterEach
    void deleteCreatedLists() {
        login("admin");
        lists.all().stream().filter(l -> l.name().equals(name) || l.name().equals(imported))
                .forEach(l -> lists.delete(l.id()));
    }

    @SuppressWarnings("unchecked")
    private Grid<MailingList> grid() {
        return _get(Grid.class, spec -> spec.withId("mailing-lists"));
    }

    @Test
    void an_administrator_adds_a_list_a_bad_address_is_shown_at_the_field_and_kept() {
        openAs("admin", "admin/mailing-lists");
        type(_get(TextField.class, spec -> spec.withId("mailing-list-name")), name);
        TextArea addresses = _get(TextArea.class, spec -> spec.withId("mailing-list-addresses"));
        type(addresses, "zenin@kumiai.example.jp\nzenin-at-kumiai");
        _click(_get(Button.class, spec -> spec.withId("mailing-list-save")));
        assertThat(addresses.isInvalid()).isTrue();
        assertThat(addresses.getErrorMessage()).contains("メールアドレスの形");
        assertThat(addresses.getValue()).isEqualTo("zenin@kumiai.example.jp\nzenin-at-kumiai");

        type(addresses, "zenin@kumiai.example.jp\nhonbu@kumiai.example.jp");
        _click(_get(Button.class, spec -> spec.withId("mailing-list-save")));
        MailingList saved = GridKt._findAll(grid()).stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(saved.addresses()).containsExactly("honbu@kumiai.example.jp", "zenin@kumiai.example.jp");
        assertThat(saved.active()).isTrue();
    }

    @Test
    void a_csv_from_excel_is_imported_and_shown() {
        openAs("admin", "admin/mailing-lists");
        MailingListsView view = _get(MailingListsView.class);
        view.imported(lists.importCsv(("リスト名,メールアドレス\r\n" + imported + ",a@kumiai.example.jp\r\n"
                + imported + ",b@kumiai.example.jp\r\n").getBytes(Charset.forName("windows-31j"))));
        assertThat(_get(Div.class, spec -> spec.withId("mailing-list-import-result")).getElement()
                .getTextRecursively()).contains("1件のリスト・2件のアドレスを取り込みました");
        assertThat(GridKt._findAll(grid())).extracting(MailingList::name).contains(imported);

        view.imported(lists.importCsv("氏名,電話\r\nx,y\r\n".getBytes(Charset.forName("windows-31j"))));
        assertThat(_get(Div.class, spec -> spec.withId("mailing-list-import-result")).getElement()
                .getTextRecursively()).contains("見つかった列：氏名、電話");
    }

    @Test
    void the_secretariat_has_no_mailing_list_page() {
        openAs("shokikyoku", "admin/mailing-lists");
        _get(NotFoundView.class);
    }
}
