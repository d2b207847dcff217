package jp.kumiaidesk.approval;

import java.time.Instant;

/**
 * One exact version of one thing awaiting approval.
 *
 * @param contentHash {@link ContentHash} of everything that will go out; approvals of another hash do not count
 * @param submittedAt when it was (last) submitted for review, the start of the approval deadline; may be null
 */
public record ApprovalSubject(ApprovalKind kind, long id, String author, String contentHash, Instant submittedAt) {
}
