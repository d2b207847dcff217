package jp.kumiaidesk.newsletter;

import java.time.Instant;

/** One approver's decision on one exact version (its content hash). */
public record NewsletterDecision(String approverName, String verdictKey, String comment, String contentHash,
        Instant decidedAt) {
}
