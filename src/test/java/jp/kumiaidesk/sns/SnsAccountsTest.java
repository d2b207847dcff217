package jp.kumiaidesk.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.kumiaidesk.ServiceTest;

/** The accounts a draft is offered: the union's own, as its drafts use them, never a fixed list. */
class SnsAccountsTest extends ServiceTest {

    @Autowired
    SnsAccounts accounts;

    @Autowired
    SnsDraftService drafts;

    @Test
    void the_accounts_drafts_use_are_offered_most_used_first_and_the_official_one_always() {
        signIn("shokikyoku");
        String opened = "市職労ユース（" + unique("a") + "）";
        assertThat(accounts.suggestions()).doesNotContain(opened);
        drafts.create(new DraftForm("新しいアカウントから", "本文", "", EnumSet.of(Network.X), opened, null, null,
                List.of()));
        Integer distinct = jdbc.queryForObject("select count(distinct target_account) from sns_draft", Integer.class);
        assumeThat(distinct).as("few enough accounts that one used once is among the suggestions")
                .isLessThanOrEqualTo(SnsAccounts.SUGGESTIONS);

        List<String> offered = accounts.suggestions();
        assertThat(offered).contains(SnsDraftService.UNION_ACCOUNT, opened).doesNotHaveDuplicates();
        List<Integer> uses = offered.stream().map(a -> jdbc.queryForObject(
                "select count(*) from sns_draft where target_account = ?", Integer.class, a)).toList();
        for (int i = 1; i < uses.size(); i++) {
            assertThat(uses.get(i)).as("the %d. suggestion", i + 1).isLessThanOrEqualTo(uses.get(i - 1));
        }
    }

    @Test
    void only_those_who_write_drafts_are_offered_accounts() {
        signIn("admin");
        assertThatThrownBy(() -> accounts.suggestions()).isInstanceOf(AccessDeniedException.class);
    }
}
