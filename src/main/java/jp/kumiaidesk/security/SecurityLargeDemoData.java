package jp.kumiaidesk.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.DemoNames;
import jp.kumiaidesk.base.LargeDemoData;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * The large union's officers besides the README's five: six more executives (8 in all), two more in the secretariat,
 * and eleven more recruiters (12 in all), each looking after about ten workplaces. Same password as every demo user
 * (the hash is copied from {@code admin}'s: one BCrypt instead of twenty).
 */
@Component
class SecurityLargeDemoData extends LargeDemoData {

    static final String RECRUITER_PREFIX = "soshiki";

    private static final String[][] EXECUTIVES = {{"fukuiinchou1", "副委員長"}, {"fukuiinchou2", "副委員長"},
        {"shokijichou", "書記次長"}, {"shikkou1", "執行委員"}, {"shikkou2", "執行委員"}, {"shikkou3", "執行委員"}};

    private final JdbcTemplate jdbc;
    private final WorkplaceService workplaces;
    private final Clock clock;

    SecurityLargeDemoData(DemoMode demoMode, JdbcTemplate jdbc, WorkplaceService workplaces, Clock clock) {
        super(demoMode);
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.clock = clock;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 20;
    }

    @Override
    protected void seedLarge() {
        Random random = random("security");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
        for (String[] executive : EXECUTIVES) {
            create(executive[0], DemoNames.person(random).kanji() + "（" + executive[1] + "）", hash, Role.EXECUTIVE,
                    List.of());
        }
        create("shokikyoku2", DemoNames.person(random).kanji() + "（書記局）", hash, Role.SECRETARIAT, List.of());
        create("shokikyoku3", DemoNames.person(random).kanji() + "（書記局）", hash, Role.SECRETARIAT, List.of());
        List<Long> units = new ArrayList<>(workplaces.flatten().stream().filter(w -> w.children().isEmpty())
                .map(WorkplaceNode::id).toList());
        for (int i = 1; i <= 11; i++) {
            int from = (i - 1) * units.size() / 11;
            int to = i * units.size() / 11;
            create(RECRUITER_PREFIX + String.format("%02d", i), DemoNames.person(random).kanji() + "（青年部）", hash,
                    Role.RECRUITER, units.subList(from, to));
        }
    }

    private void create(String username, String displayName, String hash, Role role, List<Long> workplaceIds) {
        jdbc.update("insert into app_user (username, display_name, email, password_hash, enabled, created_at)"
                + " values (?, ?, ?, ?, true, ?)", username, displayName, username + "@example.jp", hash,
                Timestamp.from(clock.instant()));
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role.name());
        jdbc.batchUpdate("insert into app_user_workplace (user_id, workplace_id) values (?, ?)",
                workplaceIds.stream().map(w -> new Object[] {id, w}).toList());
    }
}
