package jp.kumiaidesk.recruitment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Follow-ups in the recruitment window: each cohort's window (editable by executives), which cohorts are in theirs
 * today, and the executives' overview of who is behind — per recruiter and per workplace, counts only.
 */
@Service
public class FollowUpService {

    static final String CAN_OVERSEE = "hasAnyRole('EXECUTIVE', 'ADMIN')";
    public static final String FIELD_WINDOW_TO = "windowTo";

    private final CohortRepository cohorts;
    private final JdbcTemplate jdbc;
    private final UserService users;
    private final WorkplaceService workplaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpService(CohortRepository cohorts, JdbcTemplate jdbc, UserService users, WorkplaceService workplaces,
            ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.jdbc = jdbc;
        this.users = users;
        this.workplaces = workplaces;
        this.events = events;
        this.clock = clock;
    }

    /** One line of the overview: a recruiter (null: nobody assigned) or a workplace, and how far behind. */
    public record Line(String name, int hires, int notContacted, int overdue, int undecided) {

        Line plus(int h, int n, int o, int u) {
            return new Line(name, hires + h, notContacted + n, overdue + o, undecided + u);
        }
    }

    public record Overview(FollowUpWindow window, boolean running, List<Line> byRecruiter, List<Line> byWorkplace) {
    }

    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    @Transactional(readOnly = true)
    public FollowUpWindow window(long cohortId) {
        return find(cohortId).window();
    }

    @PreAuthorize(CAN_OVERSEE)
    @Transactional
    public void setWindow(long cohortId, FollowUpWindow window) {
        if (window.from() == null || window.to() == null || window.to().isBefore(window.from())) {
            throw new FieldRejectedException(FIELD_WINDOW_TO, "follow-up.window-invalid");
        }
        Cohort cohort = find(cohortId);
        cohort.setWindow(window);
        cohorts.save(cohort);
        events.publishEvent(AuditEntry.now("cohort.window-changed", "cohort", cohortId,
                window.from() + "–" + window.to()));
    }

    /** The cohorts whose window includes {@code day}. */
    Set<Long> inWindow(LocalDate day) {
        return cohorts.findAll().stream().filter(c -> c.window().includes(day)).map(Cohort::getId)
                .collect(Collectors.toSet());
    }

    /**
     * Who is behind in {@code cohortId}: per recruiter and per workplace, the hires not contacted
     * {@link RecruitmentService#FOLLOW_UP_DAYS} days after their hire date, the passed next actions, and the
     * undecided. Counts only, no names of new hires.
     */
    @PreAuthorize(CAN_OVERSEE)
    @Transactional(readOnly = true)
    public Overview overview(long cohortId) {
        FollowUpWindow window = find(cohortId).window();
        LocalDate today = LocalDate.now(clock);
        String open = java.util.Arrays.stream(HireStatus.values()).filter(HireStatus::open)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        Map<String, Line> byRecruiter = new LinkedHashMap<>();
        Map<Long, Line> byWorkplace = new LinkedHashMap<>();
        Map<Long, String> names = workplaces.flatten().stream()
                .collect(Collectors.toMap(WorkplaceNode::id, WorkplaceNode::path));
        List<Object[]> rows = jdbc.query("select h.recruiter, h.workplace_id, count(*), "
                + "sum(case when h.status = 'NOT_CONTACTED' and h.hire_date < ? then 1 else 0 end), "
                + "sum(case when h.status in (" + open + ") and h.next_action_date < ? then 1 else 0 end), "
                + "sum(case when h.status in (" + open + ") then 1 else 0 end) "
                + "from new_hire h where h.cohort_id = ? group by h.recruiter, h.workplace_id",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                    rs.getInt(6)},
                Date.valueOf(today.minusDays(RecruitmentService.FOLLOW_UP_DAYS)), Date.valueOf(today), cohortId);
        Map<String, String> displayNames = users.displayNames(rows.stream().map(r -> (String) r[0])
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        for (Object[] r : rows) {
            String recruiter = r[0] == null ? null : displayNames.get((String) r[0]);
            int h = (Integer) r[2];
            int n = (Integer) r[3];
            int o = (Integer) r[4];
            int u = (Integer) r[5];
            byRecruiter.merge(recruiter == null ? "" : recruiter, new Line(recruiter, h, n, o, u),
                    (a, b) -> a.plus(h, n, o, u));
            long workplace = (Long) r[1];
            byWorkplace.merge(workplace, new Line(names.get(workplace), h, n, o, u), (a, b) -> a.plus(h, n, o, u));
        }
        Comparator<Line> behindFirst = Comparator.comparingInt((Line l) -> l.notContacted() + l.overdue())
                .reversed().thenComparing(l -> l.name() == null ? "" : l.name());
        List<Line> recruiters = new ArrayList<>(byRecruiter.values());
        recruiters.sort(behindFirst);
        List<Line> places = new ArrayList<>(byWorkplace.values());
        places.sort(behindFirst);
        return new Overview(window, window.includes(today), recruiters, places);
    }

    private Cohort find(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
    }
}
