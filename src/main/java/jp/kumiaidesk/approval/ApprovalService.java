package jp.kumiaidesk.approval;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.security.Person;
import jp.kumiaidesk.security.UserService;

/**
 * The one approval mechanism of the app, for SNS drafts and newsletters alike. A decision is bound to the exact
 * version it was made on (its content hash): approvals of an earlier version do not count once the content changed.
 * The feature that owns the thing keeps its own state and asks {@link #status} whether the policy is met; every
 * method joins the caller's transaction, so a decision and the state change it causes commit together.
 */
@Service
public class ApprovalService {

    public static final String FIELD_APPROVAL = "approval";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_REQUIRED = "requiredApprovals";
    public static final String FIELD_MANDATORY = "mandatoryApprovers";
    public static final String FIELD_DEADLINE = "deadlineHours";
    public static final String FIELD_SUBSTITUTE = "substitute";
    public static final int COMMENT_MAX_LENGTH = 2000;

    private final DecisionRepository decisions;
    private final ApprovalPolicyRepository policies;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionRetry retry;

    ApprovalService(DecisionRepository decisions, ApprovalPolicyRepository policies, UserService users,
            ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc, TransactionRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
        this.decisions = decisions;
        this.policies = policies;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in executive approves this exact version. A second approval of the same version by the same
     * executive is refused; when two arrive at the same moment (a double click, two nodes) the unique key lets one
     * in and the other changes nothing. Joins the caller's transaction; on its own, it is re-run when it loses a
     * deadlock or Galera's certification.
     */
    @PreAuthorize("hasRole('EXECUTIVE')")
    public ApprovalStatus approve(ApprovalSubject subject) {
        return retry.inTransaction("approval of " + subject.kind() + " " + subject.id(), () -> {
            String me = SystemAuthentication.currentActor();
            if (me.equals(subject.author())) {
                throw new FieldRejectedException(FIELD_APPROVAL, "approval.error.own");
            }
            if (approvals(subject).contains(me)) {
                throw new FieldRejectedException(FIELD_APPROVAL, "approval.error.already");
            }
            decide(subject, me, Verdict.APPROVED, null);
            return status(subject);
        });
    }

    /** The signed-in executive rejects the version; the reason is required and goes to the author. */
    @PreAuthorize("hasRole('EXECUTIVE')")
    public void reject(ApprovalSubject subject, String reason) {
        retry.inTransaction("rejection of " + subject.kind() + " " + subject.id(),
                () -> decide(subject, SystemAuthentication.currentActor(), Verdict.REJECTED, required(reason)));
    }

    /** The signed-in executive sends the version back to its author with what to change. */
    @PreAuthorize("hasRole('EXECUTIVE')")
    public void requestChanges(ApprovalSubject subject, String comment) {
        retry.inTransaction("request for changes of " + subject.kind() + " " + subject.id(),
                () -> decide(subject, SystemAuthentication.currentActor(), Verdict.CHANGES_REQUESTED,
                        required(comment)));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public ApprovalStatus status(ApprovalSubject subject) {
        ApprovalStatus status = policyEntity(subject.kind()).evaluate(subject.author(), approvals(subject),
                subject.submittedAt());
        Set<String> mentioned = new LinkedHashSet<>(status.approvedBy());
        mentioned.addAll(status.missingMandatory());
        status.standIns().forEach(s -> {
            mentioned.add(s.mandatory());
            if (s.substitute() != null) {
                mentioned.add(s.substitute());
            }
        });
        return status.withNames(users.displayNames(mentioned));
    }

    /** Why today's policy of this kind cannot be met for some author with today's users; empty when it always can. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicyProblem> problems(ApprovalKind kind) {
        return problems(kind, policyEntity(kind).rules());
    }

    /** The same check for rules not saved yet (the administration page checks as the administrator edits). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<PolicyProblem> problems(ApprovalKind kind, PolicyRules rules) {
        List<Person> executives = users.withRole(Role.EXECUTIVE);
        Set<String> authors = new LinkedHashSet<>();
        for (Role role : kind.authorRoles()) {
            users.withRole(role).forEach(p -> authors.add(p.username()));
        }
        Set<String> mentioned = new LinkedHashSet<>(authors);
        mentioned.addAll(rules.mandatory());
        if (rules.substitute() != null) {
            mentioned.add(rules.substitute());
        }
        return PolicyCheck.problems(rules, executives.stream().map(Person::username).toList(), authors,
                users.displayNames(mentioned));
    }

    /** Every decision about the thing, oldest first, with the approvers' names. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ApprovalDecision> decisions(ApprovalKind kind, long id) {
        List<Decision> all = decisions.findByKindAndSubjectIdOrderByDecidedAtAscIdAsc(kind, id);
        Map<String, String> names = users.displayNames(all.stream().map(Decision::approver).distinct().toList());
        return all.stream().map(d -> d.toView(names.get(d.approver()))).toList();
    }

    /** Who is asked to approve what {@code author} submitted: the executives except the author. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Recipient> approvers(ApprovalKind kind, String author) {
        return users.withRole(Role.EXECUTIVE).stream().filter(p -> !p.username().equals(author))
                .map(p -> new Recipient(p.username(), p.email())).toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public ApprovalPolicyView policy(ApprovalKind kind) {
        return policyEntity(kind).toView();
    }

    /**
     * The administrator changes a policy; it applies to every decision from now on, also on pending versions. A
     * policy that some author could never get approved with today's users is refused.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void changePolicy(ApprovalKind kind, long expectedVersion, PolicyRules rules, Integer deadlineHours) {
        ApprovalPolicy policy = policyEntity(kind);
        if (policy.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("ApprovalPolicy", kind);
        }
        if (rules.required() < 1 || rules.required() > ApprovalPolicy.MAX_REQUIRED) {
            throw new FieldRejectedException(FIELD_REQUIRED, "approval.policy.error.required");
        }
        Set<String> executives = new LinkedHashSet<>(
                users.withRole(Role.EXECUTIVE).stream().map(Person::username).toList());
        PolicyRules clean = new PolicyRules(rules.required(), List.copyOf(new LinkedHashSet<>(rules.mandatory())),
                rules.substitute(), rules.waiveOwnMandatory());
        if (!executives.containsAll(clean.mandatory())) {
            throw new FieldRejectedException(FIELD_MANDATORY, "approval.policy.error.mandatory");
        }
        if (clean.mandatory().size() > clean.required()) {
            throw new FieldRejectedException(FIELD_REQUIRED, "approval.policy.error.fewer-than-mandatory");
        }
        if (clean.substitute() != null && (!executives.contains(clean.substitute())
                || clean.mandatory().contains(clean.substitute()))) {
            throw new FieldRejectedException(FIELD_SUBSTITUTE, "approval.policy.error.substitute");
        }
        if (deadlineHours != null && (deadlineHours < 1 || deadlineHours > ApprovalPolicy.MAX_DEADLINE_HOURS)) {
            throw new FieldRejectedException(FIELD_DEADLINE, "approval.policy.error.deadline");
        }
        List<PolicyProblem> problems = problems(kind, clean);
        if (!problems.isEmpty()) {
            throw new FieldRejectedException(problems.get(0).field(), "approval.policy.error.cannot-be-met");
        }
        policy.change(clean, deadlineHours);
        policies.flush();
        events.publishEvent(AuditEntry.now("approval.policy-changed", "approval_policy", kind.name(),
                clean.required() + " / " + String.join(",", clean.mandatory()) + " / "
                        + (clean.substitute() != null ? clean.substitute() : clean.waiveOwnMandatory() ? "0" : "-")
                        + " / " + deadlineHours + "h"));
    }

    private List<String> approvals(ApprovalSubject subject) {
        List<String> approvers = new ArrayList<>();
        decisions.findByKindAndSubjectIdAndContentHashAndVerdictOrderByDecidedAtAscIdAsc(subject.kind(), subject.id(),
                subject.contentHash(), Verdict.APPROVED).forEach(d -> {
                    if (!approvers.contains(d.approver())) {
                        approvers.add(d.approver());
                    }
                });
        return approvers;
    }

    /**
     * Stores the decision in one statement of its own; INSERT IGNORE, so that an approval the unique key already
     * holds (the same approver, version and verdict APPROVED, committed by a concurrent transaction) is "already
     * done" — no row, no audit entry — instead of an error that would spoil the caller's transaction.
     */
    private void decide(ApprovalSubject subject, String approver, Verdict verdict, String comment) {
        int stored = jdbc.update("insert ignore into approval_decision (kind, subject_id, approver, verdict, "
                + "content_hash, comment, decided_at) values (?, ?, ?, ?, ?, ?, ?)", subject.kind().name(),
                subject.id(), approver, verdict.name(), subject.contentHash(), comment,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (stored == 0) {
            return;
        }
        String target = subject.kind().name().toLowerCase();
        String details = "hash " + subject.contentHash();
        events.publishEvent(switch (verdict) {
            case APPROVED -> AuditEntry.now("approval.approved", target, subject.id(), details);
            case REJECTED -> AuditEntry.now("approval.rejected", target, subject.id(), details);
            case CHANGES_REQUESTED -> AuditEntry.now("approval.changes-requested", target, subject.id(), details);
        });
    }

    private String required(String text) {
        String problem = text == null || text.isBlank() ? "approval.error.reason-required"
                : TextRules.problemWithText(text, COMMENT_MAX_LENGTH);
        if (problem != null) {
            throw new FieldRejectedException(FIELD_REASON, problem);
        }
        return text.strip();
    }

    private ApprovalPolicy policyEntity(ApprovalKind kind) {
        return policies.findById(kind).orElseThrow(() -> new IllegalStateException("no policy for " + kind));
    }
}
