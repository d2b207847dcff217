package jp.kumiaidesk.newsletter;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.approval.ApprovalDecision;
import jp.kumiaidesk.approval.ApprovalKind;
import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.approval.ApprovalStatus;
import jp.kumiaidesk.approval.ApprovalSubject;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.notification.NotificationService.Recipient;
import jp.kumiaidesk.security.UserService;

/**
 * A newsletter's approvals, decided by the approval module (the policy per kind, decisions bound to the content
 * hash); the newsletter keeps its own state from the answers.
 */
@Component
class NewsletterApprovals {

    private final ApprovalService approvals;
    private final UserService users;

    NewsletterApprovals(ApprovalService approvals, UserService users) {
        this.approvals = approvals;
        this.users = users;
    }

    static ApprovalSubject subject(Newsletter newsletter) {
        return new ApprovalSubject(ApprovalKind.NEWSLETTER, newsletter.getId(), newsletter.getCreatedBy(),
                newsletter.contentHash(), newsletter.getSubmittedAt());
    }

    /** @return whether the approval policy is now complete for this exact version */
    boolean approve(Newsletter newsletter) {
        return approvals.approve(subject(newsletter)).complete();
    }

    void reject(Newsletter newsletter, String reason) {
        approvals.reject(subject(newsletter), reason);
    }

    void requestChanges(Newsletter newsletter, String comment) {
        approvals.requestChanges(subject(newsletter), comment);
    }

    ApprovalStatus status(Newsletter newsletter) {
        return approvals.status(subject(newsletter));
    }

    boolean complete(Newsletter newsletter) {
        return status(newsletter).complete();
    }

    List<Recipient> approvers(String author) {
        return approvals.approvers(ApprovalKind.NEWSLETTER, author);
    }

    /** The author, with their address when they have one. */
    Recipient author(String username) {
        return users.withRole(Role.SECRETARIAT).stream().filter(p -> p.username().equals(username)).findFirst()
                .map(p -> new Recipient(p.username(), p.email())).orElse(new Recipient(username, null));
    }

    List<NewsletterDecision> decisions(long id) {
        return approvals.decisions(ApprovalKind.NEWSLETTER, id).stream().map(NewsletterApprovals::toDecision)
                .toList();
    }

    private static NewsletterDecision toDecision(ApprovalDecision d) {
        return new NewsletterDecision(d.approverName() == null ? d.approver() : d.approverName(),
                "newsletter.verdict." + d.verdict().name().toLowerCase().replace('_', '-'), d.comment(),
                d.contentHash(), d.decidedAt());
    }
}
