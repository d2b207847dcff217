package jp.kumiaidesk.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.HeavyWork;
import jp.kumiaidesk.base.Roles;
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
    private final HeavyWork heavyWork;

    HireImportService(RecruitmentService recruitment, WorkplaceService workplaces,
            UserService users, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, HeavyWork heavyWork) {
        this.heavyWork = heavyWork;
        this.recruitment = recruitment;
        this.workplaces = workplaces;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a file would import. Unknown workplaces are listed once each, in file order. */
    public record Preview(List<ImportRow> rows, Set<String> unknownWorkplaces, YearMonth suggestedCohort) {

        public long validCount() {
            return rows.stream().filter(ImportRow::valid).count();
        }

        public long errorCount() {
            return rows.size() - validCount();
        }
    }

    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    public Preview preview(byte[] file) {
        // read outside any transaction: waiting for a slot must not hold a database connection
        List<ImportRow> read = heavyWork.call(() -> AppointmentListReader.read(file));
        YearMonth suggested = read.stream().map(ImportRow::hireDate).filter(Objects::nonNull)
                .map(YearMonth::from).collect(Collectors.groupingBy(m -> m, Collectors.counting())).entrySet()
                .stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(YearMonth.now(clock));
        return check(read, suggested);
    }

    /** Re-checks the rows against a cohort (the one the user chose) and the current workplaces. */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    @Transactional(readOnly = true)
    public Preview recheck(List<ImportRow> rows, YearMonth cohort) {
        return check(rows.stream().map(HireImportService::withoutMatchErrors).toList(), cohort);
    }

    /** Creates the workplaces a file names but the tree lacks (paths like 総務部/人事課 create the chain). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public int createWorkplaces(Collection<String> names) {
        int created = 0;
        for (String name : names) {
            Long parent = null;
            String path = "";
            for (String part : name.split("/")) {
                String segment = part.strip();
                if (segment.isEmpty()) {
                    continue;
                }
                path = path.isEmpty() ? segment : path + "/" + segment;
                String wanted = path;
                Long parentId = parent;
                Optional<WorkplaceNode> existing = workplaces.flatten().stream()
                        .filter(w -> Objects.equals(w.parentId(), parentId) && w.name().equals(segment)
                                || w.path().equals(wanted))
                        .findFirst();
                if (existing.isPresent()) {
                    parent = existing.get().id();
                } else {
                    parent = workplaces.create(parent, new WorkplaceForm(segment, 0, 0, 0));
                    created++;
                }
            }
        }
        return created;
    }

    /**
     * Imports the valid rows into the cohort of {@code month} (created if new), in one transaction; rows with errors
     * are left out. {@code progress} hears how many rows are in so far.
     */
    @PreAuthorize(RecruitmentService.CAN_RECRUIT)
    @Transactional
    public int confirm(YearMonth month, List<ImportRow> rows, IntConsumer progress) {
        CohortView cohort = recruitment.cohortOf(month);
        Preview checked = check(rows.stream().map(HireImportService::withoutMatchErrors).toList(), month);
        Map<String, Long> workplaceIds = new HashMap<>();
        List<WorkplaceNode> nodes = workplaces.flatten();
        List<Object[]> batch = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        int done = 0;
        for (ImportRow row : checked.rows()) {
            if (!row.valid()) {
                continue;
            }
            long workplaceId = workplaceIds.computeIfAbsent(row.workplace(),
                    w -> match(nodes, w).getFirst().id());
            HireStatus status = row.status();
            batch.add(new Object[] {cohort.id(), workplaceId, row.name(), row.kana(), row.employmentType().name(),
                Date.valueOf(row.hireDate()), row.route().name(), row.recruiter(), status.name(),
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
                done + " rows, " + checked.errorCount() + " rows with errors left out"));
        return done;
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("insert into new_hire (cohort_id, workplace_id, name, kana, employment_type, hire_date, "
                    + "route, recruiter, status, decline_reason, stage, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch);
        }
    }

    private Preview check(List<ImportRow> read, YearMonth cohortMonth) {
        WorkplaceScope scope = users.currentScope();
        List<WorkplaceNode> nodes = workplaces.flatten();
        Optional<CohortView> cohort = recruitment.cohort(CohortView.code(cohortMonth));
        // everyone already in the cohort, read once (not one query per row)
        Set<String> seen = new HashSet<>();
        Set<String> existing = cohort.map(c -> new HashSet<>(jdbc.query(
                "select name, hire_date from new_hire where cohort_id = ? and name is not null",
                (rs, i) -> rs.getString(1) + "|" + rs.getDate(2).toLocalDate(), c.id()))).orElseGet(HashSet::new);
        Set<String> unknown = new LinkedHashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row : read) {
            List<String> errors = new ArrayList<>();
            if (!row.workplace().isEmpty()) {
                List<WorkplaceNode> matches = match(nodes, row.workplace());
                if (matches.isEmpty()) {
                    unknown.add(row.workplace());
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
            rows.add(errors.isEmpty() ? row : row.withErrors(errors));
        }
        return new Preview(List.copyOf(rows), unknown, cohortMonth);
    }

    /** A workplace by name at any level (人事課) or by the end of its path (総務部/人事課). */
    static List<WorkplaceNode> match(List<WorkplaceNode> nodes, String value) {
        if (value.contains("/")) {
            return nodes.stream().filter(n -> n.path().equals(value) || n.path().endsWith("/" + value)).toList();
        }
        return nodes.stream().filter(n -> n.name().equals(value)).toList();
    }

    private static final Set<String> MATCH_ERRORS = Set.of("import.error.workplace-unknown",
            "import.error.workplace-ambiguous", "import.error.workplace-not-yours", "import.error.duplicate");

    private static ImportRow withoutMatchErrors(ImportRow row) {
        return new ImportRow(row.line(), row.name(), row.kana(), row.workplace(), row.employmentType(),
                row.hireDate(), row.route(), row.status(), row.recruiter(),
                row.errors().stream().filter(e -> !MATCH_ERRORS.contains(e)).toList());
    }
}
