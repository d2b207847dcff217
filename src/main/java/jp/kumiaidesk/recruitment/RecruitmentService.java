package jp.kumiaidesk.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.DuplicateKey;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.security.WorkplaceScope;
import jp.kumiaidesk.workplace.HeadcountChange;
import jp.kumiaidesk.workplace.OrganizationRate;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * The new-hire tracker. Membership is sensitive personal data: every method that touches a person checks the
 * caller's workplace scope (recruiters: their assigned workplaces only, also when they guess ids), and every view or
 * export of personal rows is in the audit trail.
 */
@Service
public class RecruitmentService {

    static final String CAN_RECRUIT = "hasAnyRole('RECRUITER', 'EXECUTIVE', 'ADMIN')";

    /** New hires nobody contacted this many days after their hire date need a follow-up. */
    public static final int FOLLOW_UP_DAYS = 14;

    public static final String FIELD_NAME = "name";
    public static final String FIELD_KANA = "kana";
    public static final String FIELD_WORKPLACE = "workplaceId";
    public static final String FIELD_HIRE_DATE = "hireDate";
    public static final String FIELD_DECLINE_REASON = "declineReason";
    public static final String FIELD_REACTION = "reaction";
    public static final String FIELD_CONTACTED_ON = "contactedOn";

    private final CohortRepository cohorts;
    private final NewHireRepository hires;
    private final ContactLogRepository contacts;
    private final WorkplaceService workplaces;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate auditSeparately;
    private final HiresSinceCounted hiresSinceCounted;

    RecruitmentService(CohortRepository cohorts, NewHireRepository hires, ContactLogRepository contacts,
            WorkplaceService workplaces, UserService users, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager, JdbcTemplate jdbc, HiresSinceCounted hiresSinceCounted) {
        this.jdbc = jdbc;
        this.hiresSinceCounted = hiresSinceCounted;
        this.auditSeparately = new TransactionTemplate(transactionManager);
        this.auditSeparately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cohorts = cohorts;
        this.hires = hires;
        this.contacts = contacts;
        this.workplaces = workplaces;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    // ---- cohorts

    @PreAuthorize(CAN_RECRUIT)
    @Transactional(readOnly = true)
    public List<CohortView> cohorts() {
        return cohorts.findAllByOrderByHireMonthDesc().stream().map(Cohort::toView).toList();
    }

    @PreAuthorize(CAN_RECRUIT)
    @Transactional(readOnly = true)
    public Optional<CohortView> cohort(String code) {
        return cohorts.findByCode(code).map(Cohort::toView);
    }

    /** The cohort a screen opens on: {@code code}, or when {@code null} the current one ({@link CohortView#choose}). */
    @PreAuthorize(CAN_RECRUIT)
    public Optional<CohortView> choose(List<CohortView> newestFirst, String code) {
        return CohortView.choose(newestFirst, code, YearMonth.now(clock));
    }

    /**
     * The cohort of {@code month}, created when it does not exist yet. Created with INSERT IGNORE against the unique
     * code: of two imports into a new month at the same time, one creates it and the other finds it.
     */
    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public CohortView cohortOf(YearMonth month) {
        String code = CohortView.code(month);
        Optional<Cohort> existing = cohorts.findByCode(code);
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        int created = jdbc.update("insert ignore into cohort (code, hire_month, version) values (?, ?, 0)", code,
                java.sql.Date.valueOf(month.atDay(1)));
        Cohort cohort = cohorts.findLockedByCode(code).orElseThrow(() -> new IllegalStateException("no cohort " + code));
        if (created == 1) {
            events.publishEvent(AuditEntry.now("cohort.created", "cohort", cohort.getId(), code));
        }
        return cohort.toView();
    }

    // ---- new hires

    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public Slice<HireRow> hires(long cohortId, HireStatus status, Long workplaceId, Pageable pageable) {
        WorkplaceScope scope = users.currentScope();
        Map<Long, String> names = workplaceNames();
        Slice<HireRow> rows = hires.findForTracker(cohortId, scope.all(), ids(scope), status, workplaceId, pageable)
                .map(h -> h.toRow(names.get(h.getWorkplaceId())));
        if (!rows.isEmpty()) {
            events.publishEvent(AuditEntry.now("hire.listed", "cohort", cohortId,
                    "offset " + pageable.getOffset() + ", " + rows.getNumberOfElements() + " rows"));
        }
        return rows;
    }

    @PreAuthorize(CAN_RECRUIT)
    @Transactional(readOnly = true)
    public int countHires(long cohortId, HireStatus status, Long workplaceId) {
        WorkplaceScope scope = users.currentScope();
        return (int) hires.countForTracker(cohortId, scope.all(), ids(scope), status, workplaceId);
    }

    /** One new hire with the contact log; "not found" when outside the caller's workplaces. */
    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public HireDetail hire(long id) {
        NewHire hire = scoped(id);
        events.publishEvent(AuditEntry.now("hire.viewed", "new_hire", id, null));
        return new HireDetail(hire.toRow(workplaceNames().get(hire.getWorkplaceId())),
                contacts.findByNewHireIdOrderByContactedOnDescIdDesc(id).stream().map(ContactLog::toView).toList());
    }

    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public long addHire(long cohortId, HireForm form) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        HireForm checked = check(form);
        requireUnique(cohortId, checked, 0);
        NewHire hire = new NewHire(cohort.getId(), clock.instant());
        hire.apply(checked, clock.instant());
        // the look above gives the usual answer; the key (V200) decides when someone adds the same person meanwhile
        DuplicateKey.refused(FIELD_NAME, "hire.duplicate", () -> hires.saveAndFlush(hire));
        events.publishEvent(AuditEntry.now("hire.created", "new_hire", hire.getId(), cohort.toView().code()));
        return hire.getId();
    }

    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public void updateHire(long id, long expectedVersion, HireForm form) {
        NewHire hire = scoped(id);
        ConcurrentEditException.check(hire, expectedVersion);
        HireForm checked = check(form);
        requireUnique(hire.getCohortId(), checked, id);
        hire.apply(checked, clock.instant());
        DuplicateKey.refused(FIELD_NAME, "hire.duplicate", () -> hires.saveAndFlush(hire));
        events.publishEvent(AuditEntry.now("hire.updated", "new_hire", id, checked.status().name()));
    }

    /** Two taps on a phone: the new status (and for 未加入 the reason). */
    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public void changeStatus(long id, long expectedVersion, HireStatus status, DeclineReason reason) {
        NewHire hire = scoped(id);
        ConcurrentEditException.check(hire, expectedVersion);
        if (status == HireStatus.DECLINED && reason == null) {
            throw new FieldRejectedException(FIELD_DECLINE_REASON, "hire.decline-reason-required");
        }
        hire.setStatus(status, reason, clock.instant());
        hires.saveAndFlush(hire);
        events.publishEvent(AuditEntry.now("hire.status-changed", "new_hire", id, status.name()));
    }

    @PreAuthorize(CAN_RECRUIT)
    @Transactional
    public void logContact(long id, LocalDate contactedOn, ContactMethod method, String reaction) {
        NewHire hire = scoped(id);
        if (contactedOn == null) {
            throw new FieldRejectedException(FIELD_CONTACTED_ON, "validation.required");
        }
        if (contactedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException(FIELD_CONTACTED_ON, "hire.contact-in-future");
        }
        String text = TextRules.requireLine(FIELD_REACTION, reaction, true, ContactView.REACTION_MAX_LENGTH);
        contacts.save(new ContactLog(id, contactedOn, SystemAuthentication.currentActor(),
                method == null ? ContactMethod.OTHER : method, text, clock.instant()));
        if (hire.getStatus() == HireStatus.NOT_CONTACTED) {
            hire.setStatus(HireStatus.TALKED, null, clock.instant());
        }
        events.publishEvent(AuditEntry.now("hire.contacted", "new_hire", id, method == null ? null : method.name()));
    }

    /**
     * Who needs a recruiter's attention: open hires not contacted {@code days} days after their hire date, and
     * open hires whose next-action date has passed — of the cohorts whose recruitment window runs today (see
     * {@link FollowUpWindow}). Recruiters see their own workplaces.
     */
    @PreAuthorize(CAN_RECRUIT)
    @Transactional(readOnly = true)
    public List<HireRow> followUps(int days) {
        WorkplaceScope scope = users.currentScope();
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = workplaceNames();
        List<HireStatus> open = List.of(HireStatus.values()).stream().filter(HireStatus::open).toList();
        Set<Long> running = cohorts.findAll().stream().filter(c -> c.window().includes(today)).map(Cohort::getId)
                .collect(Collectors.toSet());
        if (running.isEmpty()) {
            return List.of();
        }
        return hires.findFollowUps(scope.all(), ids(scope), running, open, today, HireStatus.NOT_CONTACTED,
                today.minusDays(days)).stream()
                .map(h -> h.toRow(names.get(h.getWorkplaceId()))).toList();
    }

    /** The workplaces the caller may add hires to (all for executives and admins). */
    @PreAuthorize(CAN_RECRUIT)
    @Transactional(readOnly = true)
    public List<WorkplaceNode> workplacesInScope() {
        WorkplaceScope scope = users.currentScope();
        return workplaces.flatten().stream().filter(w -> scope.includes(w.id())).toList();
    }

    // ---- dashboard

    /**
     * The dashboard of {@code cohortCode} (the current cohort when {@code null}), in two statements whatever the
     * size: the cohorts, and one grouped count of both cohorts joined to the workplace tree.
     */
    @PreAuthorize(CAN_RECRUIT)
    public Optional<RecruitmentDashboard> dashboard(String cohortCode) {
        // two plain auto-commit reads: no JPA session and no read-only transaction round trips on this hot path
        List<CohortView> all = jdbc.query("select id, code, hire_month, purged_at from cohort order by hire_month desc",
                (rs, i) -> new CohortView(rs.getLong(1), rs.getString(2),
                        java.time.YearMonth.from(rs.getDate(3).toLocalDate()), rs.getTimestamp(4) != null));
        Optional<CohortView> chosen = CohortView.choose(all, cohortCode, YearMonth.now(clock));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        CohortView cohort = chosen.get();
        CohortView previous = all.stream().filter(c -> c.month().isBefore(cohort.month())).findFirst().orElse(null);
        WorkplaceScope scope = users.loginScope();
        long previousId = previous == null ? -1 : previous.id();
        Map<Long, Map<Long, Map<HireStatus, Integer>>> counts = new HashMap<>();
        List<WorkplaceRow> places = new ArrayList<>();
        Map<Long, WorkplaceRow> byId = new HashMap<>();
        // One statement, no join (a join invites MariaDB to re-run the grouping per workplace): the workplaces
        // first, then the grouped counts of both cohorts — the same work as the bare aggregate.
        jdbc.query("select 'w' kind, id, parent_id, name, regular_staff + non_regular_staff staff, members, "
                + "null cohort_id, null status, 0 n, sort_order, counted_on from workplace "
                + "union all select 'c', workplace_id, null, null, 0, 0, cohort_id, status, count(*), 0, null "
                + "from new_hire where cohort_id in (?, ?) group by cohort_id, workplace_id, status "
                + "order by kind desc, sort_order, id", rs -> {
                    long id = rs.getLong(2);
                    if ("w".equals(rs.getString(1))) {
                        long parent = rs.getLong(3);
                        Long parentId = rs.wasNull() ? null : parent;
                        java.sql.Date counted = rs.getDate(11);
                        WorkplaceRow row = new WorkplaceRow(id, parentId, rs.getString(4),
                                rs.getInt(5), rs.getInt(6), counted == null ? null : counted.toLocalDate());
                        places.add(row);
                        byId.put(id, row);
                    } else if (scope.includes(id)) {
                        counts.computeIfAbsent(rs.getLong(7), k -> new HashMap<>())
                                .computeIfAbsent(id, k -> new EnumMap<>(HireStatus.class))
                                .put(HireStatus.valueOf(rs.getString(8)), rs.getInt(9));
                    }
                }, cohort.id(), previousId);
        List<RecruitmentDashboard.WorkplaceFigures> figures = new ArrayList<>();
        Funnel total = Funnel.EMPTY;
        Funnel previousTotal = Funnel.EMPTY;
        OrganizationRate union = new OrganizationRate(0, 0);
        HeadcountChange unionChange = HeadcountChange.NONE;
        LocalDate countedOn = null;
        Map<Long, HeadcountChange> since = hiresSinceCounted.sinceCounted();
        for (WorkplaceRow place : places) {
            HeadcountChange change = since.getOrDefault(place.id(), HeadcountChange.NONE);
            OrganizationRate rate = change.applyTo(new OrganizationRate(place.members(), place.staff()));
            if (scope.includes(place.id())) {
                union = union.plus(rate);
                unionChange = unionChange.plus(change);
                if (place.countedOn() != null && (countedOn == null || place.countedOn().isAfter(countedOn))) {
                    countedOn = place.countedOn();
                }
            }
            Funnel current = funnel(counts, cohort.id(), place.id());
            Funnel before = funnel(counts, previousId, place.id());
            total = total.plus(current);
            previousTotal = previousTotal.plus(before);
            if (current.hires() > 0 || before.hires() > 0) {
                figures.add(new RecruitmentDashboard.WorkplaceFigures(place.id(), place.name(), path(place, byId),
                        current, before, rate));
            }
        }
        figures.sort(Comparator.comparing(RecruitmentDashboard.WorkplaceFigures::path));
        return Optional.of(new RecruitmentDashboard(cohort, previous, all, total, previousTotal, figures, union,
                countedOn, unionChange));
    }

    private record WorkplaceRow(long id, Long parentId, String name, int staff, int members, LocalDate countedOn) {
    }

    private static String path(WorkplaceRow place, Map<Long, WorkplaceRow> byId) {
        StringBuilder path = new StringBuilder(place.name());
        for (WorkplaceRow p = byId.get(place.parentId()); p != null; p = byId.get(p.parentId())) {
            path.insert(0, p.name() + "/");
        }
        return path.toString();
    }

    // ---- retention

    /** Deletes the names, kana and contact logs of a cohort; its counts stay for the dashboard and the survey. */
    @PreAuthorize(jp.kumiaidesk.base.Roles.IS_ADMIN)
    @Transactional
    public int purge(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        contacts.deleteByCohort(cohortId);
        int people = hires.forgetPeople(cohortId);
        cohort.markPurged(clock.instant());
        cohorts.save(cohort);
        events.publishEvent(AuditEntry.now("cohort.purged", "cohort", cohortId, people + " people"));
        return people;
    }

    // ---- helpers

    private static Funnel funnel(Map<Long, Map<Long, Map<HireStatus, Integer>>> counts, long cohortId, long place) {
        Map<HireStatus, Integer> byStatus = counts.getOrDefault(cohortId, Map.of()).get(place);
        return byStatus == null ? Funnel.EMPTY : new Funnel(byStatus);
    }

    private NewHire scoped(long id) {
        NewHire hire = hires.findById(id).orElseThrow(() -> new NotFoundException("new_hire", id));
        if (!users.currentScope().includes(hire.getWorkplaceId())) {
            // in a transaction of its own: the refusal rolls back the caller's, the audit line must stay
            auditSeparately.executeWithoutResult(tx -> events.publishEvent(
                    AuditEntry.now("hire.access-denied", "new_hire", id, null)));
            throw new NotFoundException("new_hire", id);
        }
        return hire;
    }

    private HireForm check(HireForm form) {
        String name = TextRules.requireLine(FIELD_NAME, form.name(), true, HireForm.NAME_MAX_LENGTH);
        String kana = TextRules.requireLine(FIELD_KANA, form.kana(), false, HireForm.NAME_MAX_LENGTH);
        if (!users.currentScope().includes(form.workplaceId())
                || workplaces.flatten().stream().noneMatch(w -> w.id() == form.workplaceId())) {
            throw new FieldRejectedException(FIELD_WORKPLACE, "hire.workplace-not-yours");
        }
        if (form.hireDate() == null) {
            throw new FieldRejectedException(FIELD_HIRE_DATE, "validation.required");
        }
        if (form.status() == HireStatus.DECLINED && form.declineReason() == null) {
            throw new FieldRejectedException(FIELD_DECLINE_REASON, "hire.decline-reason-required");
        }
        return new HireForm(name, kana.isEmpty() ? null : kana, form.workplaceId(),
                form.employmentType() == null ? EmploymentType.REGULAR : form.employmentType(), form.hireDate(),
                form.route() == null ? HireRoute.NEW_GRADUATE : form.route(),
                form.recruiter() == null || form.recruiter().isBlank() ? null : form.recruiter().strip(),
                form.status() == null ? HireStatus.NOT_CONTACTED : form.status(), form.declineReason(),
                form.stage() == null ? EscalationStage.RECRUITER : form.stage(), form.nextActionDate());
    }

    private void requireUnique(long cohortId, HireForm form, long exceptId) {
        if (hires.existsSamePerson(cohortId, form.name(), form.hireDate(), exceptId)) {
            throw new FieldRejectedException(FIELD_NAME, "hire.duplicate");
        }
    }

    private Map<Long, String> workplaceNames() {
        return workplaces.flatten().stream().collect(Collectors.toMap(WorkplaceNode::id, WorkplaceNode::name));
    }

    private static Set<Long> ids(WorkplaceScope scope) {
        // JPQL "in ()" with an empty list is invalid SQL; -1 matches nothing
        return scope.workplaceIds().isEmpty() ? Set.of(-1L) : scope.workplaceIds();
    }
}
