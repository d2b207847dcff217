package jp.kumiaidesk.newsletter;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.notification.NotificationService.Recipient;

/**
 * Where approvals of a newsletter are decided. Interim until the approval module lands: one executive's approval
 * completes it, the author never approves their own.
 */
@Component
class NewsletterApprovals {

    /** @return whether the approval policy is now complete for this exact version */
    boolean approve(Newsletter newsletter) {
        if (newsletter.getCreatedBy().equals(SystemAuthentication.currentActor())) {
            throw new FieldRejectedException("approval", "approval.error.own");
        }
        return true;
    }

    void reject(Newsletter newsletter, String reason) {
        requireText("reason", reason);
    }

    void requestChanges(Newsletter newsletter, String comment) {
        requireText("reason", comment);
    }

    boolean complete(Newsletter newsletter) {
        return newsletter.getStatus() == NewsletterStatus.APPROVED;
    }

    List<Recipient> approvers(String author) {
        return List.of();
    }

    List<NewsletterDecision> decisions(long id) {
        return List.of();
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldRejectedException(field, "approval.error.reason-required");
        }
    }
}
