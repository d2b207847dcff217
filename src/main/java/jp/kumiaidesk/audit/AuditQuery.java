package jp.kumiaidesk.audit;

import java.time.LocalDate;

/** What an administrator searches the audit trail for; every part is optional. */
public record AuditQuery(String actor, String action, String text, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
