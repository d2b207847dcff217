package jp.kumiaidesk.recruitment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.SystemAuthentication;

/** The names an importer mapped to existing workplaces, by their compared form ({@link WorkplaceMatcher#key}). */
@Component
class WorkplaceAliases {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkplaceAliases(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<String, Long> all() {
        Map<String, Long> aliases = new HashMap<>();
        jdbc.query("select alias, workplace_id from import_workplace_alias", rs -> {
            aliases.put(rs.getString(1), rs.getLong(2));
        });
        return aliases;
    }

    void remember(String name, long workplaceId) {
        String alias = WorkplaceMatcher.key(name);
        if (alias.isEmpty() || alias.length() > 100) {
            return;
        }
        jdbc.update("insert into import_workplace_alias (alias, workplace_id, created_by, created_at) "
                + "values (?, ?, ?, ?) on duplicate key update workplace_id = values(workplace_id), "
                + "created_by = values(created_by), created_at = values(created_at)", alias, workplaceId,
                SystemAuthentication.currentActor(), Timestamp.from(clock.instant()));
    }
}
