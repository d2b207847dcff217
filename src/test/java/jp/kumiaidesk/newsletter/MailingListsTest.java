package jp.kumiaidesk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.newsletter.MailingLists.ImportResult;
import jp.kumiaidesk.newsletter.MailingLists.MailingList;
import jp.kumiaidesk.newsletter.MailingLists.MailingListForm;

/**
 * Members' mailing lists kept by an administrator, and what a publish records per list. Lists made here are
 * deleted afterwards: other tests publish and count the mail to the seeded list only.
 */
class MailingListsTest extends ServiceTest {

    @Autowired
    MailingLists lists;

    @Autowired
    NewsletterService newsletters;

    private final List<String> created = new ArrayList<>();

    private String name(String prefix) {
        String name = unique(prefix);
        created.add(name);
        return name;
    }

    @AfterEach
    void deleteCreatedLists() {
        signIn("admin");
        lists.all().stream().filter(l -> created.contains(l.name())).forEach(l -> lists.delete(l.id()));
    }

    private MailingList find(String name) {
        return lists.all().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void an_administrator_keeps_lists_of_addresses_and_bad_input_is_refused_by_field() {
        signIn("admin");
        String name = name("全組合員");
        lists.create(new MailingListForm(name, true, "a@kumiai.example.jp\nb@kumiai.example.jp, a@kumiai.example.jp"));
        MailingList list = find(name);
        assertThat(list.addresses()).containsExactly("a@kumiai.example.jp", "b@kumiai.example.jp");
        assertThatThrownBy(() -> lists.update(list.id(), list.version(), new MailingListForm(name, true,
                "a@kumiai.example.jp\nnot-an-address"))).isInstanceOf(FieldRejectedException.class)
                .hasFieldOrPropertyWithValue("field", MailingLists.FIELD_ADDRESSES);
        assertThatThrownBy(() -> lists.create(new MailingListForm(name, true, "c@kumiai.example.jp")))
                .hasFieldOrPropertyWithValue("messageKey", "mailing-list.error.duplicate");
        assertThat(find(name).addresses()).hasSize(2);
        signIn("shokikyoku");
        assertThatThrownBy(() -> lists.all()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_shift_jis_csv_replaces_the_lists_it_names_all_or_nothing() {
        signIn("admin");
        String youth = name("青年部");
        String women = name("女性部");
        lists.create(new MailingListForm(youth, true, "old@kumiai.example.jp"));
        byte[] bad = ("リスト名,メールアドレス\r\n" + youth + ",new1@kumiai.example.jp\r\n" + women + ",壊れた\r\n")
                .getBytes(Charset.forName("windows-31j"));
        ImportResult refused = lists.importCsv(bad);
        assertThat(refused.problems()).extracting(MailingLists.ImportProblem::line).containsExactly(3L);
        assertThat(find(youth).addresses()).containsExactly("old@kumiai.example.jp");

        byte[] good = ("リスト名,メールアドレス\r\n" + youth + ",new1@kumiai.example.jp\r\n" + youth
                + ",ｎｅｗ２@kumiai.example.jp\r\n" + women + ",w@kumiai.example.jp\r\n")
                .getBytes(Charset.forName("windows-31j"));
        ImportResult imported = lists.importCsv(good);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.lists()).isEqualTo(2);
        assertThat(find(youth).addresses()).containsExactly("new1@kumiai.example.jp", "new2@kumiai.example.jp");
        assertThat(find(women).addresses()).containsExactly("w@kumiai.example.jp");
        assertThat(lists.importCsv("name,mail\n".getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
    }

    @Test
    void publishing_records_per_list_what_was_handed_to_the_mail_server() {
        signIn("admin");
        String active = name("配信する");
        String inactive = name("配信しない");
        lists.create(new MailingListForm(active, true, "x@kumiai.example.jp\ny@kumiai.example.jp"));
        lists.create(new MailingListForm(inactive, false, "z@kumiai.example.jp"));
        signIn("shokikyoku");
        assertThat(newsletters.publishPreview().lists()).extracting(PublishPreview.ListSize::name)
                .contains(active, "kumiai-all@example.jp").doesNotContain(inactive);

        long id = newsletters.createBlank(unique("回答を引き出しました"));
        NewsletterView draft = newsletters.get(id);
        newsletters.update(id, draft.version(), new NewsletterForm(LocalDate.of(2026, 12, 1),
                draft.form().headline(), "要旨", List.of(), "", "", List.of()));
        NewsletterView submitted = newsletters.submit(id, newsletters.get(id).version());
        for (String executive : List.of("iinchou", "shokichou")) {
            if (newsletters.get(id).status() == NewsletterStatus.IN_REVIEW) {
                signIn(executive);
                newsletters.approve(id, submitted.contentHash());
            }
        }
        signIn("shokikyoku");
        PublishResult result = newsletters.publish(id);

        assertThat(result.mailedTo()).contains(active).doesNotContain(inactive);
        assertThat(newsletters.deliveries(id)).filteredOn(d -> d.listName().equals(active)).singleElement()
                .satisfies(d -> {
                    assertThat(d.addresses()).isEqualTo(2);
                    assertThat(d.handedOver()).isZero();
                    assertThat(d.status()).isEqualTo(NewsletterDelivery.Status.NOT_CONFIGURED);
                });
    }
}
