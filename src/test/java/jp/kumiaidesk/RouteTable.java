package jp.kumiaidesk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.kumiaidesk.base.Role;

/**
 * Who opens which screen, in one place: one line per route (one line to add for a new route), naming the roles
 * that open it. Checked by {@link RouteAccessTest}; the tour visits each route as each role listed.
 */
public final class RouteTable {

    /** Stands for "not signed in". */
    public static final String ANONYMOUS = "ANONYMOUS";

    /** route template | who opens it ("/" is the home page). */
    static final String TABLE = """
            /                          | EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            login                      | ANONYMOUS EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            login/forgot               | ANONYMOUS EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            login/reset                | ANONYMOUS EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            login/mfa                  | EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            account/password           | EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            account/passkeys           | EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            notifications              | EXECUTIVE SECRETARIAT RECRUITER ADMIN HQ
            workplaces                 | EXECUTIVE SECRETARIAT ADMIN
            admin/users                | ADMIN
            admin/audit                | ADMIN
            admin/approval             | ADMIN
            admin/mailing-lists        | ADMIN
            admin/operations           | ADMIN
            recruitment                | EXECUTIVE RECRUITER ADMIN
            recruitment/hires          | EXECUTIVE RECRUITER ADMIN
            recruitment/import         | EXECUTIVE RECRUITER ADMIN
            recruitment/survey         | EXECUTIVE ADMIN
            recruitment/follow-ups     | EXECUTIVE ADMIN
            recruitment/hq             | HQ
            sns                        | EXECUTIVE SECRETARIAT RECRUITER
            sns/new                    | EXECUTIVE SECRETARIAT RECRUITER
            sns/drafts/:id             | EXECUTIVE SECRETARIAT RECRUITER
            sns/calendar               | EXECUTIVE SECRETARIAT RECRUITER
            sns/review                 | EXECUTIVE SECRETARIAT RECRUITER
            sns/campaigns              | EXECUTIVE SECRETARIAT RECRUITER
            sns/campaigns/:id          | EXECUTIVE SECRETARIAT RECRUITER
            sns/campaigns/:id/howto    | EXECUTIVE SECRETARIAT RECRUITER
            bargaining                 | EXECUTIVE SECRETARIAT
            bargaining/same-day        | EXECUTIVE SECRETARIAT
            bargaining/sessions/:id    | EXECUTIVE SECRETARIAT
            bargaining/demands/:id     | EXECUTIVE SECRETARIAT
            newsletters                | EXECUTIVE SECRETARIAT
            newsletters/:id            | EXECUTIVE SECRETARIAT
            newsletters/new/:session   | SECRETARIAT
            """;

    private RouteTable() {
    }

    /** Route template ("/" for home) → who opens it, in the table's order. */
    public static Map<String, Set<String>> routes() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        Set<String> known = new TreeSet<>(everyone());
        TABLE.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] parts = line.split("\\|");
            Set<String> who = new TreeSet<>(Arrays.asList(parts[1].strip().split("\\s+")));
            if (!known.containsAll(who)) {
                throw new IllegalStateException("unknown role in the route table: " + line);
            }
            table.put(parts[0].strip(), who);
        });
        return table;
    }

    /** Anonymous and every role. */
    public static List<String> everyone() {
        List<String> all = new ArrayList<>(List.of(ANONYMOUS));
        Arrays.stream(Role.values()).map(Role::name).forEach(all::add);
        return all;
    }

    /** The first demo user who holds exactly this one role (the README's users come first). */
    public static String userWith(JdbcTemplate jdbc, Role role) {
        return jdbc.queryForList("select u.username from app_user u join app_user_role r on r.user_id = u.id"
                + " where r.role = ? and u.enabled and u.locked_until is null and (select count(*) from app_user_role x"
                + " where x.user_id = u.id) = 1 order by u.id limit 1", String.class, role.name()).stream()
                .findFirst().orElse(null);
    }
}
