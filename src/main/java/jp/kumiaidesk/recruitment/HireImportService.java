package jp.kumiaidesk.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.DuplicateKey;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.security.Person;
import jp.kumiaidesk.base.HeavyWork;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.security.WorkplaceScope;
import jp.kumiaidesk.workplace.WorkplaceForm;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * Importing an appointment list: a preview that changes nothing (row errors, unknown workplaces, the suggested
 * cohort), then a confirmed import of the valid rows in one transaction — all of them or none.
 */
@Service
public class HireImportService {

    private static final int BATCH = 500;

    private final RecruitmentService recruitment;
    private final WorkplaceService workplaces;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkplaceAliases aliases;
    private final HeavyWork heavyWork;
    private final TransactionRetry retry;

    HireImportService(RecruitmentService recruitment, WorkplaceService workplaces,
            UserService users, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            WorkplaceAliases aliases, HeavyWork heavyWork, TransactionRetry retry) {
        this.retry = retry;
        this.aliases = aliases;
        this.heavyWork = heavyWork;
        this.recruitment = recruitment;
        this.workplaces = workplaces;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a file would import. Unknown workplaces are listed once each, in file order, with the existing workplaces
     * they most likely mean and where a new one would go.
     */
    public record Preview(List<ImportRow> rows, Set<String> unknownWorkplaces, YearMonth suggestedCohort,
            List<UnknownWorkplace> unknown, Map<String, Resolution> resolutions) {

        public long validCount() {
            return rows.stream().filter(ImportRow::valid).count();
        }

        public long errorCount() {
            return rows.size() - validCount();
        }

        /** Rows left out because the importer chose to skip their workplace. */
        public long skippedCount() {
            return rows.stream().filter(r -> r.errors().contains(SKIPPED)).count();
        }

        /** Rows left out for a problem (not skipped on purpose). */
        public long problemCount() {
            return errorCount() - skippedCount();
        }

        public long mappedCount() {
            return resolutions.values().stream().filter(r -> r.kind() == Resolution.Kind.MAP).count();
        }

        /** How many workplaces confirming creates (a new department shared by two names counts once). */
        public long createdCount() {
            Set<String> created = new HashSet<>();
            for (UnknownWorkplace u : unknown) {
                Resolution r = resolutions.get(u.name());
                if (r != null && r.kind() == Resolution.Kind.CREATE) {
                    List<String> chain = Objects.equals(r.parentId(), u.parentId()) ? u.missing()
                            : List.of(u.missing().getLast());
                    String prefix = String.valueOf(r.parentId());
                    for (String segment : chain) {
                        prefix = prefix + "/" + WorkplaceMatcher.key(segment);
                        created.add(prefix);
                    }
                }
            }
            return created.size();
        }
    }

    /** A name the tree lacks: suggestions (best first) and the parent a new workplace would get. */
    public record UnknownWorkplace(String name, List<WorkplaceNode> suggestions, Long parentId, String parentPath,
            List<String> missing) {
    }

    /** What the importer chose for an unknown name: map to a workplace, create under a parent (null: a root), skip. */
    public record Resolution(Kind kind, Long workplaceId, Long parentId) {

        public enum Kind {
            MAP, CREATE, SKIP
        }

        public static Resolution map(long workplaceId) {
            return new Resolution(Kind.MAP, workplaceId, null);
        }

        public static Resolution create(Long parentId) {
            return new Resolution(Kind.CREATE, null, parentId);
        }

        public static Resolution skip() {
            return new Resolution(Kind.SKIP, null, null);
        }
    }

    static final String SKIPPED = "import.error.skipped";

    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    public Preview preview(byte[] file) {
        // read outside any transaction: waiting for a slot must not hold a database connection
        List<ImportRow> read = heavyWork.call(() -> AppointmentListReader.read(file));
        YearMonth suggested = read.stream().map(ImportRow::hireDate).filter(Objects::nonNull)
                .map(YearMonth::from).collect(Collectors.groupingBy(m -> m, Collectors.counting())).entrySet()
                .stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(YearMonth.now(clock));
        return check(read, suggested, Map.of());
    }

    /** Re-checks the rows against a cohort (the one the user chose) and the current workplaces. */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    @Transactional(readOnly = true)
    public Preview recheck(List<ImportRow> rows, YearMonth cohort) {
        return recheck(rows, cohort, Map.of());
    }

    /** The same with what the importer chose per unknown workplace name. */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    @Transactional(readOnly = true)
    public Preview recheck(List<ImportRow> rows, YearMonth cohort, Map<String, Resolution> resolutions) {
        return check(rows.stream().map(HireImportService::withoutMatchErrors).toList(), cohort, resolutions);
    }

    /**
     * Creates the workplaces of the names resolved to "create", each under its chosen parent; existing segments are
     * reused (never a second 福祉部). Returns the new leaf per name.
     */
    private Map<String, Long> createResolved(List<UnknownWorkplace> unknown, Map<String, Resolution> resolutions) {
        Map<String, Long> leaves = new HashMap<>();
        for (UnknownWorkplace u : unknown) {
            Resolution r = resolutions.get(u.name());
            if (r == null || r.kind() != Resolution.Kind.CREATE) {
                continue;
            }
            List<String> chain = Objects.equals(r.parentId(), u.parentId()) ? u.missing()
                    : List.of(u.missing().getLast());
            Long parent = r.parentId();
            for (String segment : chain) {
                Long parentId = parent;
                Optional<WorkplaceNode> existing = workplaces.flatten().stream()
                        .filter(w -> Objects.equals(w.parentId(), parentId)
                                && WorkplaceMatcher.key(w.name()).equals(WorkplaceMatcher.key(segment)))
                        .findFirst();
                parent = existing.isPresent() ? existing.get().id()
                        : workplaces.create(parent, new WorkplaceForm(segment, 0, 0, 0));
            }
            leaves.put(u.name(), parent);
        }
        return leaves;
    }

    /**
     * Imports the valid rows into the cohort of {@code month} (created if new), in one transaction; rows with errors
     * are left out. {@code progress} hears how many rows are in so far.
     */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    public int confirm(YearMonth month, List<ImportRow> rows, IntConsumer progress) {
        return confirm(month, rows, Map.of(), progress);
    }

    /**
     * The same with the importer's choices: names mapped to a workplace are remembered as aliases, names to create
     * are created (administrators only), rows of skipped names are left out — all in the one transaction, which is
     * run again from the start (progress counting from 0 again) when it loses a deadlock or Galera's certification.
     */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    public int confirm(YearMonth month, List<ImportRow> rows, Map<String, Resolution> resolutions,
            IntConsumer progress) {
        try {
            return importOnce(month, rows, resolutions, progress);
        } catch (DataIntegrityViolationException e) {
            if (!DuplicateKey.is(e)) {
                throw e;
            }
            // another import of the same people committed first (a double click, the same list on two app nodes):
            // the key on (cohort, name, hire date) refused ours, which rolled back whole. Run again: the check now
            // finds those people in the cohort and leaves them out as already imported (V200, decision 0018)
            LoggerFactory.getLogger(HireImportService.class).info("Import into cohort {} met hires imported "
                    + "meanwhile; importing what is still missing", month);
            return importOnce(month, rows, resolutions, progress);
        }
    }

    private int importOnce(YearMonth month, List<ImportRow> rows, Map<String, Resolution> resolutions,
            IntConsumer progress) {
        return retry.inTransaction("import into cohort " + month, () -> {
            CohortView cohort = recruitment.cohortOf(month);
            List<ImportRow> fresh = rows.stream().map(HireImportService::withoutMatchErrors).toList();
            Preview planned = check(fresh, month, resolutions);
            Map<String, Long> created = createResolved(planned.unknown(), resolutions);
            Map<String, Resolution> resolved = new HashMap<>(resolutions);
            created.forEach((name, id) -> resolved.put(name, Resolution.map(id)));
            resolutions.forEach((name, r) -> {
                if (r.kind() == Resolution.Kind.MAP && planned.unknownWorkplaces().contains(name)) {
                    aliases.remember(name, r.workplaceId());
                }
            });
            Preview checked = check(fresh, month, resolved);
            Map<Long, String> recruiters = users.recruitersByWorkplace();
            Map<String, Long> workplaceIds = new HashMap<>();
            List<WorkplaceNode> nodes = workplaces.flatten();
            Map<String, Long> known = aliases.all();
            List<Object[]> batch = new ArrayList<>();
            Timestamp now = Timestamp.from(clock.instant());
            int done = 0;
            for (ImportRow row : checked.rows()) {
                if (!row.valid()) {
                    continue;
                }
                long workplaceId = workplaceIds.computeIfAbsent(row.workplace(),
                        w -> resolve(nodes, known, resolved, w).getFirst().id());
                HireStatus status = row.status();
                String recruiter = row.recruiter() != null ? row.recruiter() : recruiters.get(workplaceId);
                batch.add(new Object[] {cohort.id(), workplaceId, row.name(), row.kana(), row.employmentType().name(),
                    Date.valueOf(row.hireDate()), row.route().name(), recruiter, status.name(),
                    status == HireStatus.DECLINED ? DeclineReason.OTHER.name() : null, EscalationStage.RECRUITER.name(),
                    now});
                if (batch.size() == BATCH) {
                    insert(batch);
                    done += batch.size();
                    batch.clear();
                    progress.accept(done);
                }
            }
            insert(batch);
            done += batch.size();
            progress.accept(done);
            events.publishEvent(AuditEntry.now("hire.imported", "cohort", cohort.id(),
                    done + " rows, " + checked.problemCount() + " rows with errors and " + checked.skippedCount()
                    + " skipped rows left out, " + planned.mappedCount() + " names mapped, " + created.size()
                    + " names created"));
            return done;
        });
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("insert into new_hire (cohort_id, workplace_id, name, kana, employment_type, hire_date, "
                    + "route, recruiter, status, decline_reason, stage, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch);
        }
    }

    private Preview check(List<ImportRow> read, YearMonth cohortMonth, Map<String, Resolution> resolutions) {
        WorkplaceScope scope = users.currentScope();
        List<WorkplaceNode> nodes = workplaces.flatten();
        Map<String, Long> known = aliases.all();
        Map<String, String> accounts = accounts();
        WorkplaceMatcher matcher = new WorkplaceMatcher(nodes);
        Map<String, UnknownWorkplace> proposals = new LinkedHashMap<>();
        Optional<CohortView> cohort = recruitment.cohort(CohortView.code(cohortMonth));
        // everyone already in the cohort, read once (not one query per row)
        Set<String> seen = new HashSet<>();
        Set<String> existing = cohort.map(c -> new HashSet<>(jdbc.query(
                "select name, hire_date from new_hire where cohort_id = ? and name is not null",
                (rs, i) -> rs.getString(1) + "|" + rs.getDate(2).toLocalDate(), c.id()))).orElseGet(HashSet::new);
        Set<String> unknown = new LinkedHashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow original : read) {
            ImportRow row = original;
            List<String> errors = new ArrayList<>();
            if (!row.workplace().isEmpty()) {
                if (match(nodes, row.workplace()).isEmpty()
                        && !known.containsKey(WorkplaceMatcher.key(row.workplace()))) {
                    unknown.add(row.workplace());
                    proposals.computeIfAbsent(row.workplace(), name -> propose(matcher, name));
                }
                List<WorkplaceNode> matches = resolve(nodes, known, resolutions, row.workplace());
                Resolution chosen = resolutions.get(row.workplace());
                if (matches.isEmpty() && chosen != null && chosen.kind() == Resolution.Kind.SKIP) {
                    errors.add(SKIPPED);
                } else if (matches.isEmpty() && chosen != null && chosen.kind() == Resolution.Kind.CREATE) {
                    // created at confirm; only administrators may (the service refuses others then)
                } else if (matches.isEmpty()) {
                    errors.add("import.error.workplace-unknown");
                } else if (matches.size() > 1) {
                    errors.add("import.error.workplace-ambiguous");
                } else if (!scope.includes(matches.getFirst().id())) {
                    errors.add("import.error.workplace-not-yours");
                }
            }
            if (row.hireDate() != null && !row.name().isEmpty()) {
                String person = row.name() + "|" + row.hireDate();
                if (!seen.add(person) || existing.contains(person)) {
                    errors.add("import.error.duplicate");
                }
            }
            if (row.recruiter() != null) {
                if (row.recruiter().length() > RECRUITER_MAX_LENGTH) {
                    errors.add("import.error.recruiter-too-long");
                } else if (!accounts.containsKey(row.recruiter())) {
                    errors.add("import.error.recruiter-unknown");
                } else {
                    row = row.withRecruiter(accounts.get(row.recruiter()));
                }
            }
            rows.add(errors.isEmpty() ? row : row.withErrors(errors));
        }
        Map<String, Resolution> used = new LinkedHashMap<>();
        resolutions.forEach((name, r) -> {
            if (unknown.contains(name)) {
                used.put(name, r);
            }
        });
        return new Preview(List.copyOf(rows), unknown, cohortMonth, List.copyOf(proposals.values()), used);
    }

    /** The 担当者 column of new_hire. */
    static final int RECRUITER_MAX_LENGTH = 50;

    /** Who may be named as 担当者: enabled recruiters and executives, by user name or display name. */
    private Map<String, String> accounts() {
        Map<String, String> accounts = new HashMap<>();
        for (Role role : List.of(Role.RECRUITER, Role.EXECUTIVE)) {
            for (Person person : users.withRole(role)) {
                accounts.put(person.username(), person.username());
                accounts.put(AppointmentListReader.normalise(person.displayName()), person.username());
            }
        }
        return accounts;
    }

    private static UnknownWorkplace propose(WorkplaceMatcher matcher, String name) {
        List<String> segments = WorkplaceMatcher.segments(name);
        Optional<WorkplaceNode> parent = segments.size() > 1 ? matcher.parentOf(segments) : Optional.empty();
        return new UnknownWorkplace(name, matcher.suggest(name).stream().map(WorkplaceMatcher.Suggestion::workplace)
                .toList(), parent.map(WorkplaceNode::id).orElse(null), parent.map(WorkplaceNode::path).orElse(null),
                List.copyOf(WorkplaceMatcher.missingUnder(parent, segments)));
    }

    /** A workplace by name or path, else by a remembered alias, else by the importer's "map to" choice. */
    private static List<WorkplaceNode> resolve(List<WorkplaceNode> nodes, Map<String, Long> aliases,
            Map<String, Resolution> resolutions, String value) {
        List<WorkplaceNode> matches = match(nodes, value);
        if (!matches.isEmpty()) {
            return matches;
        }
        Long alias = aliases.get(WorkplaceMatcher.key(value));
        Resolution chosen = resolutions.get(value);
        Long target = alias != null ? alias
                : chosen != null && chosen.kind() == Resolution.Kind.MAP ? chosen.workplaceId() : null;
        return target == null ? List.of() : nodes.stream().filter(n -> n.id() == target).toList();
    }

    /**
     * A workplace by name at any level (人事課) or by the end of its path (総務部/人事課), in the form the reader gives
     * the file's names (NFKC): a tree name written with full-width brackets, 総務課（上下水道局）, is found as written.
     */
    static List<WorkplaceNode> match(List<WorkplaceNode> nodes, String value) {
        if (value.contains("/")) {
            return nodes.stream().filter(n -> {
                String path = AppointmentListReader.normalise(n.path());
                return path.equals(value) || path.endsWith("/" + value);
            }).toList();
        }
        return nodes.stream().filter(n -> AppointmentListReader.normalise(n.name()).equals(value)).toList();
    }

    private static final Set<String> MATCH_ERRORS = Set.of("import.error.workplace-unknown",
            "import.error.workplace-ambiguous", "import.error.workplace-not-yours", "import.error.duplicate",
            "import.error.recruiter-unknown", "import.error.recruiter-too-long", SKIPPED);

    private static ImportRow withoutMatchErrors(ImportRow row) {
        return new ImportRow(row.line(), row.name(), row.kana(), row.workplace(), row.employmentType(),
                row.hireDate(), row.route(), row.status(), row.recruiter(),
                row.errors().stream().filter(e -> !MATCH_ERRORS.contains(e)).toList());
    }
}
