package jp.kumiaidesk.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored decision; the table refuses updates and deletes. */
@Entity
@Table(name = "approval_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;

    @Column(name = "subject_id")
    private long subjectId;

    private String approver;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Column(name = "content_hash")
    private String contentHash;

    private String comment;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(ApprovalSubject subject, String approver, Verdict verdict, String comment, Instant decidedAt) {
        this.kind = subject.kind();
        this.subjectId = subject.id();
        this.approver = approver;
        this.verdict = verdict;
        this.contentHash = subject.contentHash();
        this.comment = comment;
        this.decidedAt = decidedAt;
    }

    String approver() {
        return approver;
    }

    Verdict verdict() {
        return verdict;
    }

    String contentHash() {
        return contentHash;
    }

    ApprovalDecision toView(String approverName) {
        return new ApprovalDecision(approver, approverName, verdict, contentHash, comment, decidedAt);
    }
}
