package jp.kumiaidesk.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.DemoNames;
import jp.kumiaidesk.base.LargeDemoData;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Three April cohorts of a union-sized city: this year's 600 hires under way (contacts, overdue follow-ups, every
 * status), the two before mostly decided. Each hire is looked after by the recruiter assigned to the workplace.
 * Inserted in batches: a few hundred ms instead of the service's per-hire checks.
 */
@Component
class RecruitmentLargeDemoData extends LargeDemoData {

    static final int CURRENT_COHORT = 600;

    private final RecruitmentService recruitment;
    private final WorkplaceService workplaces;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecruitmentLargeDemoData(DemoMode demoMode, RecruitmentService recruitment, WorkplaceService workplaces,
            JdbcTemplate jdbc, Clock clock) {
        super(demoMode);
        this.recruitment = recruitment;
        this.workplaces = workplaces;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 40;
    }

    @Override
    protected void seedLarge() {
        Random random = random("recruitment");
        LocalDate today = LocalDate.now(clock.withZone(UnionTime.ZONE));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<WorkplaceNode> units = workplaces.flatten().stream().filter(w -> w.children().isEmpty()).toList();
        Map<Long, String> recruiterOf = new HashMap<>();
        jdbc.query("select w.workplace_id, u.username from app_user_workplace w join app_user u on u.id = w.user_id"
                + " order by u.username", rs -> {
                    recruiterOf.putIfAbsent(rs.getLong(1), rs.getString(2));
                });
        seed(YearMonth.of(year - 2, 4), 540, units, recruiterOf, random, true, today);
        seed(YearMonth.of(year - 1, 4), 570, units, recruiterOf, random, true, today);
        seed(YearMonth.of(year, 4), CURRENT_COHORT, units, recruiterOf, random, false, today);
    }

    private void seed(YearMonth month, int total, List<WorkplaceNode> units, Map<Long, String> recruiterOf,
            Random random, boolean decided, LocalDate today) {
        long cohort = recruitment.cohortOf(month).id();
        int existing = jdbc.queryForObject("select count(*) from new_hire where cohort_id = ?", Integer.class, cohort);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from new_hire", Long.class);
        Set<String> taken = new HashSet<>();
        jdbc.query("select workplace_id, name from new_hire where cohort_id = ?",
                rs -> {
                    taken.add(rs.getLong(1) + "/" + rs.getString(2));
                }, cohort);
        // namesakes in different workplaces are numbered: (cohort, name, hire date, duplicate_no) is unique (V200)
        Map<String, Integer> namesakes = new HashMap<>();
        jdbc.query("select name, max(duplicate_no) + 1 from new_hire where cohort_id = ? and hire_date = ? "
                + "and name is not null group by name", rs -> {
                    namesakes.put(rs.getString(1), rs.getInt(2));
                }, cohort, Date.valueOf(month.atDay(1)));
        int staff = units.stream().mapToInt(w -> w.regularStaff() + w.nonRegularStaff()).sum();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        while (rows.size() < total - existing) {
            // bigger workplaces hire more
            int pick = random.nextInt(staff);
            WorkplaceNode place = units.get(0);
            for (WorkplaceNode w : units) {
                pick -= w.regularStaff() + w.nonRegularStaff();
                if (pick < 0) {
                    place = w;
                    break;
                }
            }
            DemoNames.Name name = DemoNames.person(random);
            if (!taken.add(place.id() + "/" + name.kanji())) {
                continue;
            }
            EmploymentType type = random.nextInt(5) == 0 ? EmploymentType.FISCAL_YEAR
                    : random.nextInt(30) == 0 ? EmploymentType.FIXED_TERM : EmploymentType.REGULAR;
            HireStatus status = decided ? decided(random) : current(random);
            DeclineReason reason = status == HireStatus.DECLINED
                    ? DeclineReason.values()[random.nextInt(DeclineReason.values().length)] : null;
            LocalDate next = status.open() && !decided ? today.plusDays(random.nextInt(28) - 10) : null;
            EscalationStage stage = status.open() && random.nextInt(5) == 0
                    ? EscalationStage.values()[1 + random.nextInt(EscalationStage.values().length - 1)]
                    : EscalationStage.RECRUITER;
            rows.add(new Object[] {cohort, place.id(), name.kanji(), name.kana(), type.name(),
                Date.valueOf(month.atDay(1)), (random.nextInt(4) == 0 ? HireRoute.MID_CAREER : HireRoute.NEW_GRADUATE)
                        .name(), recruiterOf.get(place.id()), status.name(), reason == null ? null : reason.name(),
                stage.name(), next == null ? null : Date.valueOf(next), now,
                namesakes.merge(name.kanji(), 1, Integer::sum) - 1});
        }
        jdbc.batchUpdate("insert into new_hire (cohort_id, workplace_id, name, kana, employment_type, hire_date, route,"
                + " recruiter, status, decline_reason, stage, next_action_date, updated_at, duplicate_no)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        if (!decided) {
            contacts(before, random, today, now);
        }
    }

    private void contacts(long after, Random random, LocalDate today, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select id, status, coalesce(recruiter, 'seinenbu') from new_hire where id > ? order by id", rs -> {
            HireStatus status = HireStatus.valueOf(rs.getString(2));
            int contacts = status == HireStatus.NOT_CONTACTED ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < contacts; i++) {
                ContactMethod method = ContactMethod.values()[random.nextInt(ContactMethod.values().length)];
                rows.add(new Object[] {rs.getLong(1), Date.valueOf(today.minusDays(1 + random.nextInt(40))),
                    rs.getString(3), method.name(), REACTIONS[random.nextInt(REACTIONS.length)], now});
            }
        }, after);
        jdbc.batchUpdate("insert into contact_log (new_hire_id, contacted_on, contacted_by, method, reaction, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    private static final String[] REACTIONS = {"歓迎会で声をかけた。反応は良い。", "組合費について質問あり。資料を渡した。",
        "忙しそうなので、来週また声をかける。", "同期と一緒に説明を聞きたいとのこと。", "職場の先輩から話してもらった。",
        "共済の説明に関心あり。", "加入届を渡した。記入して持ってくるとのこと。"};

    private static HireStatus decided(Random random) {
        int n = random.nextInt(10);
        return n < 6 ? HireStatus.JOINED : n < 8 ? HireStatus.JOINED_COMPETITOR : HireStatus.DECLINED;
    }

    private static HireStatus current(Random random) {
        return HireStatus.values()[random.nextInt(HireStatus.values().length)];
    }
}
