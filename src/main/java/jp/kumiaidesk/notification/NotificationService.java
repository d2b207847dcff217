package jp.kumiaidesk.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;

/**
 * In-app notifications (the bell) and, where the recipient has an address, the same message by e-mail. Features call
 * {@link #notify}; a user reads and clears only their own.
 */
@Service
public class NotificationService {

    private final NotificationRepository repository;
    private final ApplicationEventPublisher events;
    private final NotificationMails mails;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    NotificationService(NotificationRepository repository, ApplicationEventPublisher events, NotificationMails mails,
            Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.events = events;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Tells {@code recipient} something. The e-mail (when {@code email} is given) goes out after the surrounding
     * transaction commits, so nobody is mailed about a change that was rolled back.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void notify(Recipient recipient, String messageKey, String argument, String link) {
        Notification notification = new Notification(recipient.username(), messageKey, argument, link,
                clock.instant());
        repository.save(notification);
        events.publishEvent(new NotificationSent(recipient.username()));
        if (recipient.email() != null && !recipient.email().isBlank()) {
            mails.request(new NotificationMails.Mail(recipient.email(), messageKey, argument, link));
        }
    }

    /**
     * Tells {@code recipient} something at most once per {@code onceKey} (a reminder per day, per submission...):
     * the row is written with INSERT IGNORE against the unique key (recipient, once_key), so of two runs at the same
     * time (two nodes, a retry) exactly one notifies, and the other is "already done" without an error that would
     * spoil its transaction. The e-mail goes with the row only.
     *
     * @return whether this call notified (false: it had been done already)
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public boolean notifyOnce(Recipient recipient, String messageKey, String argument, String link,
            String onceKey) {
        int stored = jdbc.update("insert ignore into notification (recipient, message_key, argument, link, "
                + "created_at, once_key) values (?, ?, ?, ?, ?, ?)", recipient.username(), messageKey, argument,
                link, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), onceKey);
        if (stored == 0) {
            return false;
        }
        events.publishEvent(new NotificationSent(recipient.username()));
        if (recipient.email() != null && !recipient.email().isBlank()) {
            mails.request(new NotificationMails.Mail(recipient.email(), messageKey, argument, link));
        }
        return true;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.countByRecipientAndReadAtIsNull(SystemAuthentication.currentActor());
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Slice<NotificationView> mine(Pageable pageable) {
        return repository.findByRecipientOrderByCreatedAtDescIdDesc(SystemAuthentication.currentActor(), pageable)
                .map(Notification::toView);
    }

    /** Marks one of the signed-in user's notifications read; someone else's is "not found". */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void markRead(long id) {
        Notification notification = repository.findById(id)
                .filter(n -> n.getRecipient().equals(SystemAuthentication.currentActor()))
                .orElseThrow(() -> new NotFoundException("notification", id));
        notification.markRead(clock.instant());
        events.publishEvent(new NotificationSent(notification.getRecipient()));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void markAllRead() {
        String me = SystemAuthentication.currentActor();
        repository.markAllRead(me, clock.instant());
        events.publishEvent(new NotificationSent(me));
    }

    /** Where a notification goes: the user's name for the bell, and their address for e-mail (may be empty). */
    public record Recipient(String username, String email) {
    }
}
