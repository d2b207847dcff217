package jp.kumiaidesk.approval;

import java.time.Instant;

/** One reviewer's decision about one version, as the history shows it. */
public record ApprovalDecision(String approver, String approverName, Verdict verdict, String contentHash,
        String comment, Instant decidedAt) {
}
