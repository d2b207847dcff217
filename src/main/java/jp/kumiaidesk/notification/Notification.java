package jp.kumiaidesk.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something that needs a person's attention. The text is a translation key with one argument, so each reader sees
 * it in their own language.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(updatable = false)
    private String argument;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String messageKey, String argument, String link, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.argument = argument;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView toView() {
        return new NotificationView(id, messageKey, argument, link, createdAt, readAt != null);
    }

    String getRecipient() {
        return recipient;
    }
}
