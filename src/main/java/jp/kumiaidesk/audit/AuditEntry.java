package jp.kumiaidesk.audit;

import jp.kumiaidesk.base.SystemAuthentication;

/**
 * Something worth remembering who did: publish it with Spring's {@code ApplicationEventPublisher} inside the
 * transaction that makes the change, and the audit trail stores it in that same transaction — a change without its
 * audit entry cannot commit.
 *
 * @param actor who acted (user name, {@code system} or {@code anonymous})
 * @param action what happened, a stable code such as {@code user.created}; its label is translated in the UI
 * @param targetType the kind of record, e.g. {@code user}, {@code workplace}
 * @param targetId which record
 * @param details a short human-readable note; never a password or other secret
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, String details) {

    /** An entry by whoever is signed in now. */
    public static AuditEntry now(String action, String targetType, Object targetId, String details) {
        return new AuditEntry(SystemAuthentication.currentActor(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), details);
    }
}
