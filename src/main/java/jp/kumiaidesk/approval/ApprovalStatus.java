package jp.kumiaidesk.approval;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the approval of one version stands.
 *
 * @param required approvals the policy asks for (from executives other than the author)
 * @param approvedBy who approved this exact version, in order
 * @param missingMandatory mandatory approvers (or their substitutes) who have not approved it yet
 * @param deadline when the 持ち回り should be done, or null
 * @param complete whether the policy is met: the version may go out
 * @param standIns mandatory approvers who wrote this version, and who stands in for them (or that it is waived)
 * @param names display names of everyone named above, by user name
 */
public record ApprovalStatus(int required, List<String> approvedBy, List<String> missingMandatory, Instant deadline,
        boolean complete, List<StandIn> standIns, Map<String, String> names) {

    /** A mandatory approver who is the author; {@code substitute} approves instead, or null when waived. */
    public record StandIn(String mandatory, String substitute) {
    }

    public boolean approvedBy(String username) {
        return approvedBy.contains(username);
    }

    /** The display name of a user this status mentions (the user name when unknown). */
    public String name(String username) {
        return names.getOrDefault(username, username);
    }

    /** The same status with another deadline (a feature's own, earlier one: e.g. an SNS draft's posting time). */
    public ApprovalStatus withDeadline(Instant otherDeadline) {
        return new ApprovalStatus(required, approvedBy, missingMandatory, otherDeadline, complete, standIns, names);
    }

    ApprovalStatus withNames(Map<String, String> displayNames) {
        return new ApprovalStatus(required, approvedBy, missingMandatory, deadline, complete, standIns,
                Map.copyOf(displayNames));
    }
}
