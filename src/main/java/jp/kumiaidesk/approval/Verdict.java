package jp.kumiaidesk.approval;

/** What a reviewer decided about a version. */
public enum Verdict {
    APPROVED, REJECTED, CHANGES_REQUESTED
}
