package jp.kumiaidesk.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

    @Version
    private long version;

    protected ApprovalPolicy() {
    }

    ApprovalPolicy(ApprovalKind kind, int requiredApprovals, List<String> mandatoryApprovers, Integer deadlineHours) {
        this.kind = kind;
        change(requiredApprovals, mandatoryApprovers, deadlineHours);
    }

    void change(int requiredApprovals, List<String> mandatoryApprovers, Integer deadlineHours) {
        this.requiredApprovals = requiredApprovals;
        this.mandatoryApprovers = String.join(",", mandatoryApprovers);
        this.deadlineHours = deadlineHours;
    }

    List<String> mandatoryApprovers() {
        return mandatoryApprovers == null || mandatoryApprovers.isBlank() ? List.of()
                : Arrays.asList(mandatoryApprovers.split(","));
    }

    /**
     * The policy applied to the approvals one version has. The author is never a mandatory approver of their own
     * work (they cannot approve it), so a mandatory approver who wrote the draft is not waited for.
     */
    ApprovalStatus evaluate(String author, List<String> approvedBy, Instant submittedAt) {
        List<String> missing = mandatoryApprovers().stream()
                .filter(m -> !m.equals(author) && !approvedBy.contains(m)).toList();
        Instant deadline = deadlineHours == null || submittedAt == null ? null
                : submittedAt.plus(Duration.ofHours(deadlineHours));
        boolean complete = approvedBy.size() >= requiredApprovals && missing.isEmpty();
        return new ApprovalStatus(requiredApprovals, List.copyOf(approvedBy), missing, deadline, complete);
    }

    ApprovalPolicyView toView() {
        return new ApprovalPolicyView(kind, version, requiredApprovals, mandatoryApprovers(), deadlineHours);
    }

    long getVersion() {
        return version;
    }
}
