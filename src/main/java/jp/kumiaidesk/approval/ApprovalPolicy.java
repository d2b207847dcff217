package jp.kumiaidesk.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How many executives must approve a version of one kind, who must be among them (e.g. 委員長, 書記長), and how long
 * the 持ち回り may take. Set by the administrator.
 */
@Entity
@Table(name = "approval_policy")
class ApprovalPolicy {

    static final int MAX_REQUIRED = 10;
    static final int MAX_DEADLINE_HOURS = 24 * 30;

    @Id
    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;

    @Column(name = "required_approvals")
    private int requiredApprovals;

    /** User names separated by commas; a handful at most. */
    @Column(name = "mandatory_approvers")
    private String mandatoryApprovers;

    @Column(name = "deadline_hours")
    private Integer deadlineHours;

    /** Approves in place of a mandatory approver who wrote the version themself; null when none is named. */
    private String substitute;

    /** Without a substitute: a mandatory approver's own version needs only the others (else it is a problem). */
    @Column(name = "waive_own_mandatory")
    private boolean waiveOwnMandatory;

    @Version
    private long version;

    protected ApprovalPolicy() {
    }

    ApprovalPolicy(ApprovalKind kind, int requiredApprovals, List<String> mandatoryApprovers, Integer deadlineHours) {
        this(kind, new PolicyRules(requiredApprovals, mandatoryApprovers, null, false), deadlineHours);
    }

    ApprovalPolicy(ApprovalKind kind, PolicyRules rules, Integer deadlineHours) {
        this.kind = kind;
        change(rules, deadlineHours);
    }

    void change(PolicyRules rules, Integer deadlineHours) {
        this.requiredApprovals = rules.required();
        this.mandatoryApprovers = String.join(",", rules.mandatory());
        this.substitute = rules.substitute();
        this.waiveOwnMandatory = rules.waiveOwnMandatory();
        this.deadlineHours = deadlineHours;
    }

    PolicyRules rules() {
        return new PolicyRules(requiredApprovals, mandatoryApprovers(), substitute, waiveOwnMandatory);
    }

    List<String> mandatoryApprovers() {
        return mandatoryApprovers == null || mandatoryApprovers.isBlank() ? List.of()
                : Arrays.asList(mandatoryApprovers.split(","));
    }

    /**
     * The policy applied to the approvals one version has. The author never counts and never blocks: a mandatory
     * approver who wrote the version is replaced by the substitute, or waived when the policy says so.
     */
    ApprovalStatus evaluate(String author, List<String> approvedBy, Instant submittedAt) {
        List<String> counted = approvedBy.stream().filter(a -> !a.equals(author)).toList();
        List<ApprovalStatus.StandIn> standIns = new ArrayList<>();
        List<String> needed = new ArrayList<>();
        for (String mandatory : mandatoryApprovers()) {
            if (!mandatory.equals(author)) {
                needed.add(mandatory);
            } else if (substitute != null && !substitute.equals(author)) {
                standIns.add(new ApprovalStatus.StandIn(mandatory, substitute));
                needed.add(substitute);
            } else if (waiveOwnMandatory) {
                standIns.add(new ApprovalStatus.StandIn(mandatory, null));
            } else {
                // a policy saved before issue #11 or made impossible by a change of users: shown, never met
                needed.add(mandatory);
            }
        }
        List<String> missing = needed.stream().distinct().filter(m -> !counted.contains(m)).toList();
        Instant deadline = deadlineHours == null || submittedAt == null ? null
                : submittedAt.plus(Duration.ofHours(deadlineHours));
        boolean complete = counted.size() >= requiredApprovals && missing.isEmpty();
        return new ApprovalStatus(requiredApprovals, List.copyOf(counted), missing, deadline, complete,
                List.copyOf(standIns), Map.of());
    }

    ApprovalPolicyView toView() {
        return new ApprovalPolicyView(kind, version, rules(), deadlineHours);
    }

    long getVersion() {
        return version;
    }
}
