package jp.kumiaidesk.sns;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The accounts a draft can be posted from, as the union names them: the ones its drafts already use, most used first,
 * with the union's official account always offered. Someone typing a new one (an account the youth section just
 * opened) adds it by using it.
 */
@Service
public class SnsAccounts {

    static final int SUGGESTIONS = 20;

    private final JdbcTemplate jdbc;

    SnsAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    public List<String> suggestions() {
        List<String> used = jdbc.queryForList("select target_account from sns_draft where target_account <> '' "
                + "group by target_account order by count(*) desc, target_account limit ?", String.class,
                SUGGESTIONS);
        List<String> accounts = new ArrayList<>(used);
        if (!accounts.contains(SnsDraftService.UNION_ACCOUNT)) {
            accounts.addFirst(SnsDraftService.UNION_ACCOUNT);
        }
        return accounts;
    }
}
