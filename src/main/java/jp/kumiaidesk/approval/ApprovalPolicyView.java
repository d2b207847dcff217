package jp.kumiaidesk.approval;

import java.util.List;

/** The approval policy of one kind, as the administration form edits it. */
public record ApprovalPolicyView(ApprovalKind kind, long version, int requiredApprovals,
        List<String> mandatoryApprovers, Integer deadlineHours) {
}
