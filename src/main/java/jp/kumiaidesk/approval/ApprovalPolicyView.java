package jp.kumiaidesk.approval;

import java.util.List;

/** The approval policy of one kind, as the administration form edits it. */
public record ApprovalPolicyView(ApprovalKind kind, long version, PolicyRules rules, Integer deadlineHours) {

    public int requiredApprovals() {
        return rules.required();
    }

    public List<String> mandatoryApprovers() {
        return rules.mandatory();
    }
}
