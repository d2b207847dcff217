package jp.kumiaidesk.workplace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.TextRules;

/** The 所属 tree: read by everyone who plans or reports, changed by administrators. */
@Service
public class WorkplaceService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_REGULAR = "regularStaff";
    public static final String FIELD_NON_REGULAR = "nonRegularStaff";
    public static final String FIELD_MEMBERS = "members";
    public static final String FIELD_COUNTED_ON = "countedOn";

    private final WorkplaceRepository repository;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<HeadcountChanges> changes;
    private final Clock clock;

    WorkplaceService(WorkplaceRepository repository, ApplicationEventPublisher events,
            ObjectProvider<HeadcountChanges> changes, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
    }

    /** The whole tree, roots first, each node with the totals of its subtree. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<WorkplaceNode> tree() {
        List<Workplace> all = repository.findAllOrdered();
        Map<Long, List<Workplace>> byParent = new HashMap<>();
        for (Workplace w : all) {
            byParent.computeIfAbsent(w.getParentId(), k -> new ArrayList<>()).add(w);
        }
        HeadcountChanges source = changes.getIfAvailable();
        Map<Long, HeadcountChange> since = source == null ? Map.of() : source.sinceCounted();
        return byParent.getOrDefault(null, List.of()).stream()
                .map(root -> toNode(root, "", byParent, since)).toList();
    }

    /** Every workplace, depth first, for pickers and look-ups by name. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<WorkplaceNode> flatten() {
        return flatten(tree()).toList();
    }

    /**
     * The organization rate of the whole union true today: every workplace's members over every workplace's staff
     * as counted, plus the hires since and their joins.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public OrganizationRate unionRate() {
        return union().rate();
    }

    /** The whole union as one node (no id): its rate, the latest counting day and the change since. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public WorkplaceNode union() {
        List<WorkplaceNode> roots = tree();
        return new WorkplaceNode(0, 0, null, "", "", 0, 0, 0, sum(roots, WorkplaceNode::totalRegular),
                sum(roots, WorkplaceNode::totalNonRegular), sum(roots, WorkplaceNode::totalMembers), roots, null,
                latest(roots), changeOf(roots));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long create(Long parentId, WorkplaceForm form) {
        if (parentId != null && !repository.existsById(parentId)) {
            throw new NotFoundException("workplace", parentId);
        }
        WorkplaceForm checked = check(form);
        requireUniqueAmongSiblings(parentId, checked.name(), null);
        Workplace workplace = new Workplace(parentId, repository.maxSortOrder(parentId) + 1);
        workplace.apply(countedToday(checked));
        repository.saveAndFlush(workplace);
        events.publishEvent(AuditEntry.now("workplace.created", "workplace", workplace.getId(), describe(checked)));
        return workplace.getId();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void update(long id, long expectedVersion, WorkplaceForm form) {
        Workplace workplace = repository.findById(id).orElseThrow(() -> new NotFoundException("workplace", id));
        ConcurrentEditException.check(workplace, expectedVersion);
        WorkplaceForm checked = check(form);
        requireUniqueAmongSiblings(workplace.getParentId(), checked.name(), id);
        workplace.apply(countedToday(checked));
        repository.saveAndFlush(workplace);
        events.publishEvent(AuditEntry.now("workplace.updated", "workplace", id, describe(checked)));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void delete(long id) {
        Workplace workplace = repository.findById(id).orElseThrow(() -> new NotFoundException("workplace", id));
        if (repository.countByParentId(id) > 0) {
            throw new FieldRejectedException(FIELD_NAME, "workplace.delete.has-children");
        }
        try {
            repository.delete(workplace);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw new FieldRejectedException(FIELD_NAME, "workplace.delete.in-use");
        }
        events.publishEvent(AuditEntry.now("workplace.deleted", "workplace", id, workplace.getName()));
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public Optional<WorkplaceNode> find(long id) {
        return flatten().stream().filter(n -> n.id() == id).findFirst();
    }

    static WorkplaceForm check(WorkplaceForm form) {
        String name = TextRules.requireLine(FIELD_NAME, form.name(), true, WorkplaceForm.NAME_MAX_LENGTH);
        requireHeadcount(FIELD_REGULAR, form.regularStaff());
        requireHeadcount(FIELD_NON_REGULAR, form.nonRegularStaff());
        requireHeadcount(FIELD_MEMBERS, form.members());
        if (form.members() > form.regularStaff() + form.nonRegularStaff()) {
            throw new FieldRejectedException(FIELD_MEMBERS, "workplace.members-exceed-staff");
        }
        return new WorkplaceForm(name, form.regularStaff(), form.nonRegularStaff(), form.members(), form.countedOn());
    }

    private WorkplaceForm countedToday(WorkplaceForm form) {
        if (form.countedOn() != null) {
            if (form.countedOn().isAfter(LocalDate.now(clock))) {
                throw new FieldRejectedException(FIELD_COUNTED_ON, "workplace.counted-in-future");
            }
            return form;
        }
        return new WorkplaceForm(form.name(), form.regularStaff(), form.nonRegularStaff(), form.members(),
                LocalDate.now(clock));
    }

    private static void requireHeadcount(String field, int value) {
        if (value < 0) {
            throw new FieldRejectedException(field, "validation.negative");
        }
        if (value > WorkplaceForm.MAX_HEADCOUNT) {
            throw new FieldRejectedException(field, "validation.too-large");
        }
    }

    private void requireUniqueAmongSiblings(Long parentId, String name, Long exceptId) {
        if (isTaken(parentId, name, exceptId)) {
            throw new FieldRejectedException(FIELD_NAME, "workplace.name-taken");
        }
    }

    private boolean isTaken(Long parentId, String name, Long exceptId) {
        return repository.findAllOrdered().stream()
                .anyMatch(w -> Objects.equals(w.getParentId(), parentId) && w.getName().equals(name)
                        && !w.getId().equals(exceptId));
    }

    private static String describe(WorkplaceForm form) {
        return form.name() + " 正規" + form.regularStaff() + " 非正規" + form.nonRegularStaff() + " 組合員"
                + form.members();
    }

    private static WorkplaceNode toNode(Workplace w, String parentPath, Map<Long, List<Workplace>> byParent,
            Map<Long, HeadcountChange> since) {
        String path = parentPath.isEmpty() ? w.getName() : parentPath + "/" + w.getName();
        List<WorkplaceNode> children = byParent.getOrDefault(w.getId(), List.of()).stream()
                .map(child -> toNode(child, path, byParent, since)).toList();
        int regular = w.getRegularStaff() + sum(children, WorkplaceNode::totalRegular);
        int nonRegular = w.getNonRegularStaff() + sum(children, WorkplaceNode::totalNonRegular);
        int members = w.getMembers() + sum(children, WorkplaceNode::totalMembers);
        LocalDate basis = latest(children);
        if (w.getCountedOn() != null && (basis == null || w.getCountedOn().isAfter(basis))) {
            basis = w.getCountedOn();
        }
        return new WorkplaceNode(w.getId(), w.getVersion(), w.getParentId(), w.getName(), path, w.getRegularStaff(),
                w.getNonRegularStaff(), w.getMembers(), regular, nonRegular, members, children, w.getCountedOn(),
                basis, since.getOrDefault(w.getId(), HeadcountChange.NONE).plus(changeOf(children)));
    }

    private static LocalDate latest(Collection<WorkplaceNode> nodes) {
        return nodes.stream().map(WorkplaceNode::basisDate).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    private static HeadcountChange changeOf(Collection<WorkplaceNode> nodes) {
        return nodes.stream().map(WorkplaceNode::totalChange).reduce(HeadcountChange.NONE, HeadcountChange::plus);
    }

    private static int sum(Collection<WorkplaceNode> nodes, ToIntFunction<WorkplaceNode> f) {
        return nodes.stream().mapToInt(f).sum();
    }

    private static Stream<WorkplaceNode> flatten(List<WorkplaceNode> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
    }
}
