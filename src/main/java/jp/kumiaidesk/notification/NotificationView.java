package jp.kumiaidesk.notification;

import java.time.Instant;

/** A notification as its recipient sees it. {@code link} is an in-app route such as {@code sns/drafts/12}. */
public record NotificationView(long id, String messageKey, String argument, String link, Instant createdAt,
        boolean read) {
}
