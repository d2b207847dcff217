package jp.kumiaidesk.approval;

import java.time.Instant;
import java.util.List;

/**
 * Where the approval of one version stands.
 *
 * @param required approvals the policy asks for
 * @param approvedBy who approved this exact version, in order
 * @param missingMandatory mandatory approvers who have not approved it yet
 * @param deadline when the 持ち回り should be done, or null
 * @param complete whether the policy is met: the version may go out
 */
public record ApprovalStatus(int required, List<String> approvedBy, List<String> missingMandatory, Instant deadline,
        boolean complete) {

    public boolean approvedBy(String username) {
        return approvedBy.contains(username);
    }
}
