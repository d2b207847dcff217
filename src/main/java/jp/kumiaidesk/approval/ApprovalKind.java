package jp.kumiaidesk.approval;

/** What the executive committee approves before it goes out. Each kind has its own policy. */
public enum ApprovalKind {
    SNS_DRAFT, NEWSLETTER
}
