package jp.kumiaidesk.notification;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Slice<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant now);
}
