package jp.kumiaidesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.Roles;
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

    AuditService(AuditEventRepository repository, Clock clock, MessageSource messages,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.messages = messages;
        this.events = events;
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
            csv.printRecord(List.of("audit.when", "audit.actor", "audit.action", "audit.target", "audit.details")
                    .stream().map(key -> messages.getMessage(key, null, locale)).toList());
            for (AuditEvent e : rows) {
                csv.printRecord(CSV_TIME.format(e.getOccurredAt()), e.getActor(),
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

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return repository.findDistinctActions();
    }

    private static Specification<AuditEvent> toSpecification(AuditQuery query) {
        return (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (hasText(query.actor())) {
                predicates.add(cb.equal(root.get("actor"), query.actor().strip()));
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
