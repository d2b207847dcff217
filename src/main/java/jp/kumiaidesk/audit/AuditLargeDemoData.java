package jp.kumiaidesk.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.LargeDemoData;

/** Half a year of the audit trail: 10,000 entries by the union's officers, oldest first, in one batch. */
@Component
class AuditLargeDemoData extends LargeDemoData {

    static final int ENTRIES = 10_000;

    /** Actions the app writes, with the record type they name. */
    private static final String[][] ACTIONS = {{"hire.viewed", "new_hire"}, {"hire.updated", "new_hire"},
        {"hire.status-changed", "new_hire"}, {"hire.contacted", "new_hire"}, {"hire.listed", "cohort"},
        {"hire.exported", "cohort"}, {"sns.created", "sns_draft"}, {"sns.edited", "sns_draft"},
        {"sns.submitted", "sns_draft"}, {"approval.approved", "sns_draft"}, {"sns.posted", "sns_draft"},
        {"session.created", "bargaining_session"}, {"session.updated", "bargaining_session"},
        {"newsletter.created", "newsletter"}, {"newsletter.updated", "newsletter"},
        {"newsletter.published", "newsletter"}, {"workplace.updated", "workplace"}, {"user.updated", "app_user"}};
    private static final String[] ACTORS = {"shokikyoku", "shokikyoku2", "shokikyoku3", "seinenbu", "soshiki01",
        "soshiki02", "soshiki03", "soshiki04", "soshiki05", "iinchou", "shokichou", "fukuiinchou1", "admin"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLargeDemoData(DemoMode demoMode, JdbcTemplate jdbc, Clock clock) {
        super(demoMode);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 90;
    }

    @Override
    protected void seedLarge() {
        Random random = random("audit");
        Instant start = clock.instant().minus(Duration.ofDays(180));
        long step = Duration.ofDays(180).toSeconds() / ENTRIES;
        List<Object[]> rows = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
            rows.add(new Object[] {Timestamp.from(start.plusSeconds(i * step + random.nextInt((int) step))),
                ACTORS[random.nextInt(ACTORS.length)], action[0], action[1], Integer.toString(1 + random.nextInt(600)),
                action[0].startsWith("hire") ? "fields: status, next_action_date" : null});
        }
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor, action, target_type, target_id, details)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }
}
