package jp.kumiaidesk.bargaining;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.DuplicateKey;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.TextRules;

/**
 * The bargaining log: seasons, their demands, and the sessions in which the employer answered them. The secretariat
 * writes (saving often: the session form autosaves, and a stale version is a conflict, never a lost update);
 * executives read everything.
 */
@Service
public class BargainingService {

    public static final String CAN_READ = "hasAnyRole('SECRETARIAT', 'EXECUTIVE', 'ADMIN')";
    public static final String CAN_WRITE = "hasAnyRole('SECRETARIAT', 'ADMIN')";

    public static final String FIELD_SEASON = "seasonId";
    public static final String FIELD_SEASON_NAME = "seasonName";
    public static final String FIELD_HELD_ON = "heldOn";
    public static final String FIELD_ENDS_AT = "endsAt";
    public static final String FIELD_KIND = "kind";
    public static final String FIELD_EMPLOYER_SIDE = "employerSide";
    public static final String FIELD_OUR_ATTENDEES = "ourAttendees";
    public static final String FIELD_AGREEMENTS = "agreements";
    public static final String FIELD_CARRIED_OVER = "carriedOver";
    public static final String FIELD_NOTES = "notes";
    public static final String FIELD_DEMAND_TITLE = "demandTitle";
    public static final String FIELD_PHOTOS = "photos";
    public static final int MAX_PHOTOS = 8;

    /** The field name of the answer to {@code demandId} in {@link FieldRejectedException}s. */
    public static String answerField(long demandId) {
        return "answer." + demandId;
    }

    private static final int SEARCH_LIMIT = 200;

    private final BargainingSeasonRepository seasons;
    private final DemandRepository demands;
    private final BargainingSessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionRetry retry;

    BargainingService(BargainingSeasonRepository seasons, DemandRepository demands,
            BargainingSessionRepository sessions, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
            TransactionRetry retry) {
        this.retry = retry;
        this.seasons = seasons;
        this.demands = demands;
        this.sessions = sessions;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- seasons and demands

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<SeasonView> seasons() {
        return seasons.findAllByOrderByStartsOnDescIdDesc().stream().map(BargainingSeason::toView).toList();
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long createSeason(String name, LocalDate startsOn) {
        String checked = TextRules.requireLine(FIELD_SEASON_NAME, name, true, SeasonView.NAME_MAX_LENGTH);
        if (seasons.existsByName(checked)) {
            throw new FieldRejectedException(FIELD_SEASON_NAME, "season.error.exists");
        }
        BargainingSeason season = DuplicateKey.refused(FIELD_SEASON_NAME, "season.error.exists",
                () -> seasons.saveAndFlush(new BargainingSeason(checked,
                        startsOn == null ? LocalDate.now(clock) : startsOn)));
        events.publishEvent(AuditEntry.now("season.created", "bargaining_season", season.getId(), checked));
        return season.getId();
    }

    /** The season's demands in their order, each with the latest answer given in a session. */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<DemandView> demands(long seasonId) {
        Map<Long, AnswerForm> latest = new HashMap<>();
        for (BargainingSession s : sessions.findBySeasonIdOrderByHeldOnAscIdAsc(seasonId)) {
            for (AnswerForm a : s.toForm().answers()) {
                if (a.answer() != null && !a.answer().isBlank() || a.outcome() == AnswerOutcome.SETTLED) {
                    latest.put(a.demandId(), a);
                }
            }
        }
        return demands.findBySeasonIdOrderBySortOrderAscIdAsc(seasonId).stream().map(d -> {
            AnswerForm a = latest.get(d.getId());
            return new DemandView(d.getId(), seasonId, d.getTitle(), a == null ? null : a.answer(),
                    a == null ? null : a.outcome());
        }).toList();
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long addDemand(long seasonId, String title) {
        seasons.findById(seasonId).orElseThrow(() -> new NotFoundException("season", seasonId));
        String checked = TextRules.requireLine(FIELD_DEMAND_TITLE, title, true, DemandView.TITLE_MAX_LENGTH);
        if (demands.findBySeasonIdAndTitle(seasonId, checked).isPresent()) {
            throw new FieldRejectedException(FIELD_DEMAND_TITLE, "demand.error.exists");
        }
        int order = demands.findBySeasonIdOrderBySortOrderAscIdAsc(seasonId).size();
        Demand demand = DuplicateKey.refused(FIELD_DEMAND_TITLE, "demand.error.exists",
                () -> demands.saveAndFlush(new Demand(seasonId, checked, order)));
        events.publishEvent(AuditEntry.now("demand.created", "demand", demand.getId(), checked));
        return demand.getId();
    }

    /** How the answer to one demand moved, session by session. */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public DemandTimeline timeline(long demandId) {
        Demand demand = demands.findById(demandId).orElseThrow(() -> new NotFoundException("demand", demandId));
        List<DemandTimeline.Step> steps = new ArrayList<>();
        for (BargainingSession s : sessions.findBySeasonIdOrderByHeldOnAscIdAsc(demand.getSeasonId())) {
            s.toForm().answers().stream().filter(a -> a.demandId() == demandId).findFirst()
                    .ifPresent(a -> steps.add(new DemandTimeline.Step(s.getId(), s.getHeldOn(), s.getKind(),
                            a.answer(), a.outcome())));
        }
        DemandView view = demands(demand.getSeasonId()).stream().filter(d -> d.id() == demandId).findFirst()
                .orElseThrow();
        return new DemandTimeline(view, seasonName(demand.getSeasonId()), steps);
    }

    // ---- sessions

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long createSession(SessionForm form) {
        SessionForm checked = check(form);
        String me = SystemAuthentication.currentActor();
        BargainingSession session = new BargainingSession(me);
        session.apply(checked, me, clock.instant());
        sessions.saveAndFlush(session);
        events.publishEvent(AuditEntry.now("session.created", "bargaining_session", session.getId(),
                checked.heldOn() + " " + checked.kind()));
        return session.getId();
    }

    /**
     * Saves the whole form (the autosave calls this when a field is left and every 1.5 s while a text is typed).
     *
     * @return the new version, to send with the next save
     * @throws ConcurrentEditException when someone else saved since {@code expectedVersion}
     */
    @PreAuthorize(CAN_WRITE)
    public long updateSession(long id, long expectedVersion, SessionForm form) {
        // autosaves every 1.5 s: on a cluster one may lose certification to another node's write (decision 0018)
        return retry.inTransaction("bargaining session " + id + " save", () -> {
            BargainingSession session = find(id);
            ConcurrentEditException.check(session, expectedVersion);
            SessionForm checked = check(form);
            session.apply(checked, SystemAuthentication.currentActor(), clock.instant());
            sessions.saveAndFlush(session);
            events.publishEvent(AuditEntry.now("session.updated", "bargaining_session", id, null));
            events.publishEvent(new SessionChanged(id, SystemAuthentication.currentActor(), session.getVersion()));
            return session.getVersion();
        });
    }

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public SessionDetail session(long id) {
        BargainingSession session = find(id);
        SessionForm form = session.toForm();
        return new SessionDetail(id, session.getVersion(), seasonName(form.seasonId()), form,
                demands(form.seasonId()), session.getNewsletterId(), session.clock(), session.getUpdatedBy(),
                session.getUpdatedAt());
    }

    /** Archive search, newest first (at most 200). */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<SessionRow> search(SessionQuery query) {
        StringBuilder sql = new StringBuilder("select s.id from bargaining_session s where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.seasonId() != null) {
            sql.append(" and s.season_id = ?");
            args.add(query.seasonId());
        }
        if (query.from() != null) {
            sql.append(" and s.held_on >= ?");
            args.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and s.held_on <= ?");
            args.add(query.to());
        }
        if (query.demandId() != null) {
            sql.append(" and exists (select 1 from demand_answer a where a.session_id = s.id and a.demand_id = ?)");
            args.add(query.demandId());
        }
        String text = TextRules.clean(query.text());
        if (!text.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (concat_ws(' ', s.employer_side, s.our_attendees, s.agreements, s.carried_over,"
                    + " s.notes) like ? or exists (select 1 from demand_answer a join demand d on d.id = a.demand_id"
                    + " where a.session_id = s.id and (a.answer like ? or d.title like ?)))");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        sql.append(" order by s.held_on desc, s.id desc limit ").append(SEARCH_LIMIT);
        List<Long> ids = jdbc.queryForList(sql.toString(), Long.class, args.toArray());
        Map<Long, BargainingSession> found = sessions.findAllById(ids).stream()
                .collect(Collectors.toMap(BargainingSession::getId, Function.identity()));
        Map<Long, String> names = seasonNames();
        return ids.stream().map(found::get).map(s -> row(s, names)).toList();
    }

    /** The same-day clock of every session (optionally of one season), newest first. */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public SameDayReport sameDayReport(Long seasonId) {
        List<SessionRow> rows = search(new SessionQuery(null, seasonId, null, null, null));
        int published = (int) rows.stream().filter(r -> r.clock().published()).count();
        int sameDay = (int) rows.stream().filter(r -> r.clock().sameDay()).count();
        return new SameDayReport(rows, published, sameDay);
    }

    /** Sessions of the last {@code days} days whose newsletter is not out yet, oldest first. */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<SessionRow> awaitingNewsletter(int days) {
        LocalDate since = LocalDate.now(clock.withZone(jp.kumiaidesk.base.UnionTime.ZONE)).minusDays(days);
        return search(new SessionQuery(null, null, null, since, null)).stream()
                .filter(r -> !r.clock().published()).sorted(Comparator.comparing(SessionRow::heldOn)).toList();
    }

    // ---- called by the newsletter module

    /** Remembers the newsletter written from a session (one per session; the latest wins). */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public void newsletterWritten(long sessionId, long newsletterId) {
        find(sessionId).newsletterWritten(newsletterId);
    }

    /** Stops the session's same-day clock. */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public void newsletterPublished(long sessionId, long newsletterId, Instant at) {
        find(sessionId).newsletterPublished(newsletterId, at);
    }

    // ---- rules

    private SessionForm check(SessionForm form) {
        if (form.seasonId() <= 0 || !seasons.existsById(form.seasonId())) {
            throw new FieldRejectedException(FIELD_SEASON, "validation.required");
        }
        if (form.heldOn() == null) {
            throw new FieldRejectedException(FIELD_HELD_ON, "validation.required");
        }
        if (form.kind() == null) {
            throw new FieldRejectedException(FIELD_KIND, "validation.required");
        }
        if (form.startsAt() != null && form.endsAt() != null && form.endsAt().isBefore(form.startsAt())) {
            throw new FieldRejectedException(FIELD_ENDS_AT, "session.error.ends-before-start");
        }
        String employer = TextRules.requireText(FIELD_EMPLOYER_SIDE, form.employerSide(), false,
                SessionForm.PEOPLE_MAX_LENGTH);
        String attendees = TextRules.requireText(FIELD_OUR_ATTENDEES, form.ourAttendees(), false,
                SessionForm.PEOPLE_MAX_LENGTH);
        Set<Long> seasonDemands = demands.findBySeasonIdOrderBySortOrderAscIdAsc(form.seasonId()).stream()
                .map(Demand::getId).collect(Collectors.toSet());
        Map<Long, AnswerForm> answers = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (AnswerForm a : form.answers()) {
            if (!seasonDemands.contains(a.demandId()) || !seen.add(a.demandId())) {
                throw new FieldRejectedException(answerField(a.demandId()), "session.error.unknown-demand");
            }
            String answer = TextRules.requireText(answerField(a.demandId()), a.answer(), false,
                    AnswerForm.ANSWER_MAX_LENGTH);
            answers.put(a.demandId(), new AnswerForm(a.demandId(), answer,
                    a.outcome() == null ? AnswerOutcome.ANSWERED : a.outcome()));
        }
        String agreements = TextRules.requireText(FIELD_AGREEMENTS, form.agreements(), false,
                SessionForm.AGREEMENTS_MAX_LENGTH);
        String carried = TextRules.requireText(FIELD_CARRIED_OVER, form.carriedOver(), false,
                SessionForm.AGREEMENTS_MAX_LENGTH);
        String notes = TextRules.requireText(FIELD_NOTES, form.notes(), false, SessionForm.NOTES_MAX_LENGTH);
        if (form.photoIds().size() > MAX_PHOTOS) {
            throw new FieldRejectedException(FIELD_PHOTOS, "session.error.too-many-photos");
        }
        return new SessionForm(form.seasonId(), form.heldOn(), form.startsAt(), form.endsAt(), form.kind(), employer,
                attendees, List.copyOf(answers.values()), agreements, carried, notes,
                form.photoIds().stream().distinct().toList());
    }

    private BargainingSession find(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private String seasonName(long seasonId) {
        return seasons.findById(seasonId).map(s -> s.toView().name()).orElse("");
    }

    private Map<Long, String> seasonNames() {
        return seasons.findAll().stream().map(BargainingSeason::toView)
                .collect(Collectors.toMap(SeasonView::id, SeasonView::name));
    }

    private static SessionRow row(BargainingSession s, Map<Long, String> names) {
        return new SessionRow(s.getId(), s.getSeasonId(), names.getOrDefault(s.getSeasonId(), ""), s.getHeldOn(),
                s.getKind(), s.answerCount(), s.getNewsletterId(), s.clock());
    }
}
