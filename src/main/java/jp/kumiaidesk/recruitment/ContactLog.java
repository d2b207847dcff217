package jp.kumiaidesk.recruitment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One approach to a new hire: when, by whom, how, and how they reacted. */
@Entity
@Table(name = "contact_log")
class ContactLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "new_hire_id", nullable = false, updatable = false)
    private long newHireId;

    @Column(name = "contacted_on", nullable = false, updatable = false)
    private LocalDate contactedOn;

    @Column(name = "contacted_by", nullable = false, updatable = false)
    private String contactedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactMethod method;

    @Column(nullable = false, updatable = false)
    private String reaction;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ContactLog() {
    }

    ContactLog(long newHireId, LocalDate contactedOn, String contactedBy, ContactMethod method, String reaction,
            Instant createdAt) {
        this.newHireId = newHireId;
        this.contactedOn = contactedOn;
        this.contactedBy = contactedBy;
        this.method = method;
        this.reaction = reaction;
        this.createdAt = createdAt;
    }

    ContactView toView() {
        return new ContactView(contactedOn, contactedBy, method, reaction);
    }
}
