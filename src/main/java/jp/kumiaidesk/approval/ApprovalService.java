package jp.kumiaidesk.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
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
    public static final int COMMENT_MAX_LENGTH = 2000;

    private final DecisionRepository decisions;
    private final ApprovalPolicyRepository policies;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalService(DecisionRepository decisions, ApprovalPolicyRepository policies, UserService users,
            ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.policies = policies;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in executive approves this exact version. */
    @PreAuthorize("hasRole('EXECUTIVE')")
    @Transactional
    public ApprovalStatus approve(ApprovalSubject subject) {
        String me = SystemAuthentication.currentActor();
        if (me.equals(subject.author())) {
            throw new FieldRejectedException(FIELD_APPROVAL, "approval.error.own");
        }
        if (approvals(subject).contains(me)) {
            throw new FieldRejectedException(FIELD_APPROVAL, "approval.error.already");
        }
        decide(subject, me, Verdict.APPROVED, null);
        return status(subject);
    }

    /** The signed-in executive rejects the version; the reason is required and goes to the author. */
    @PreAuthorize("hasRole('EXECUTIVE')")
    @Transactional
    public void reject(ApprovalSubject subject, String reason) {
        decide(subject, SystemAuthentication.currentActor(), Verdict.REJECTED, required(reason));
    }

    /** The signed-in executive sends the version back to its author with what to change. */
    @PreAuthorize("hasRole('EXECUTIVE')")
    @Transactional
    public void requestChanges(ApprovalSubject subject, String comment) {
        decide(subject, SystemAuthentication.currentActor(), Verdict.CHANGES_REQUESTED, required(comment));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public ApprovalStatus status(ApprovalSubject subject) {
        return policyEntity(subject.kind()).evaluate(subject.author(), approvals(subject), subject.submittedAt());
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

    /** The administrator changes a policy; it applies to every decision from now on, also on pending versions. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void changePolicy(ApprovalKind kind, long expectedVersion, int requiredApprovals,
            List<String> mandatoryApprovers, Integer deadlineHours) {
        ApprovalPolicy policy = policyEntity(kind);
        if (policy.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("ApprovalPolicy", kind);
        }
        if (requiredApprovals < 1 || requiredApprovals > ApprovalPolicy.MAX_REQUIRED) {
            throw new FieldRejectedException(FIELD_REQUIRED, "approval.policy.error.required");
        }
        Set<String> executives = new LinkedHashSet<>(
                users.withRole(Role.EXECUTIVE).stream().map(Person::username).toList());
        List<String> mandatory = List.copyOf(new LinkedHashSet<>(mandatoryApprovers));
        if (!executives.containsAll(mandatory)) {
            throw new FieldRejectedException(FIELD_MANDATORY, "approval.policy.error.mandatory");
        }
        if (mandatory.size() > requiredApprovals) {
            throw new FieldRejectedException(FIELD_REQUIRED, "approval.policy.error.fewer-than-mandatory");
        }
        if (deadlineHours != null && (deadlineHours < 1 || deadlineHours > ApprovalPolicy.MAX_DEADLINE_HOURS)) {
            throw new FieldRejectedException(FIELD_DEADLINE, "approval.policy.error.deadline");
        }
        policy.change(requiredApprovals, mandatory, deadlineHours);
        policies.flush();
        events.publishEvent(AuditEntry.now("approval.policy-changed", "approval_policy", kind.name(),
                requiredApprovals + " / " + String.join(",", mandatory) + " / " + deadlineHours + "h"));
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

    private void decide(ApprovalSubject subject, String approver, Verdict verdict, String comment) {
        decisions.save(new Decision(subject, approver, verdict, comment, clock.instant()));
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
