package jp.kumiaidesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;

/** The append-only audit trail: written through {@link AuditEntry} events, searched by administrators. */
@Service
public class AuditService {

    private static final Sort IN_ORDER_WRITTEN = Sort.by("id");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(UnionTime.ZONE);

    private final AuditEventRepository repository;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    /** The people's names are read from the user table itself: the security module writes to the trail. */
    private final NamedParameterJdbcTemplate jdbc;

    AuditService(AuditEventRepository repository, Clock clock, MessageSource messages,
            ApplicationEventPublisher events, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.clock = clock;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * The display names of the trail's actors by login name; a name no account has (a mistyped login, a removed
     * account) is absent, as is {@link SystemAuthentication#SYSTEM}.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.query("select username, display_name from app_user where username in (:names)",
                Map.of("names", Set.copyOf(usernames)), rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /**
     * Stores an entry in the publisher's transaction (or a new one where there is none, e.g. a failed login), so the
     * change and its audit line commit or roll back together.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void record(AuditEntry entry) {
        repository.save(new AuditEvent(Instant.now(clock), entry));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Slice<AuditEvent> search(AuditQuery query, Pageable pageable) {
        // a window of an unordered list is a window of anything: in the order written (as the trail always showed)
        return repository.findAll(toSpecification(query),
                pageable.getSort().isSorted() ? pageable : OffsetLimit.sorted(pageable, IN_ORDER_WRITTEN));
    }

    /**
     * The entries matching {@code query} (typically a date range) as CSV for an auditor or a spreadsheet: UTF-8
     * with a BOM (Excel opens it in Japanese), oldest first, headers and action names in the given language. The
     * export itself is recorded.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public byte[] exportCsv(AuditQuery query, Locale locale) {
        List<AuditEvent> rows = repository.findAll(toSpecification(query), Sort.by("occurredAt", "id"));
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(List.of("audit.when", "audit.actor", "audit.login", "audit.action", "audit.target",
                    "audit.details").stream().map(key -> messages.getMessage(key, null, locale)).toList());
            Map<String, String> names = displayNames(rows.stream().map(AuditEvent::getActor).distinct().toList());
            for (AuditEvent e : rows) {
                csv.printRecord(CSV_TIME.format(e.getOccurredAt()), actorName(e.getActor(), names, locale),
                        e.getActor(),
                        messages.getMessage("audit.action." + e.getAction(), null, e.getAction(), locale),
                        e.getTargetType() == null ? "" : e.getTargetType() + " #" + e.getTargetId(),
                        e.getDetails() == null ? "" : e.getDetails());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEntry.now("audit.exported", "audit_event", null,
                rows.size() + " entries, " + query.from() + " – " + query.to()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Who an actor is, for people: the display name, the system in words, else the login name as recorded. */
    private String actorName(String actor, Map<String, String> names, Locale locale) {
        if (SystemAuthentication.SYSTEM.equals(actor)) {
            return messages.getMessage("audit.actor-system", null, locale);
        }
        return names.getOrDefault(actor, actor == null ? "" : actor);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return repository.findDistinctActions();
    }

    /**
     * The person filter: the login name as recorded, or any account whose display name contains what was typed (an
     * administrator sees names, and types them).
     */
    private Specification<AuditEvent> toSpecification(AuditQuery query) {
        Set<String> actors = new HashSet<>();
        if (hasText(query.actor())) {
            String typed = query.actor().strip();
            actors.add(typed);
            // MariaDB's LIKE escapes with a backslash by default
            String like = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            actors.addAll(jdbc.queryForList("select username from app_user where display_name like :like",
                    Map.of("like", like), String.class));
        }
        return (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!actors.isEmpty()) {
                predicates.add(root.get("actor").in(actors));
            }
            if (hasText(query.action())) {
                predicates.add(cb.equal(root.get("action"), query.action()));
            }
            if (hasText(query.text())) {
                String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(root.get("details"), like, '\\'),
                        cb.like(root.get("targetId"), like, '\\'), cb.like(root.get("targetType"), like, '\\')));
            }
            if (query.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        query.from().atStartOfDay(UnionTime.ZONE).toInstant()));
            }
            if (query.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        query.to().plusDays(1).atStartOfDay(UnionTime.ZONE).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
