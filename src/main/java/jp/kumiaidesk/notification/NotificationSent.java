package jp.kumiaidesk.notification;

/** Published after a notification is stored, so open UIs of its recipient can refresh their bell. */
public record NotificationSent(String recipient) {
}
