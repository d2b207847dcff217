package jp.kumiaidesk.bargaining;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jp.kumiaidesk.base.AbstractEntity;

/** One meeting with the employer, logged by the secretariat while it happens. */
@Entity
@Table(name = "bargaining_session")
class BargainingSession extends AbstractEntity {

    @Column(name = "season_id", nullable = false)
    private long seasonId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;

    @Column(name = "employer_side", columnDefinition = "text")
    private String employerSide;

    @Column(name = "our_attendees", columnDefinition = "text")
    private String ourAttendees;

    @Column(columnDefinition = "text")
    private String agreements;

    @Column(name = "carried_over", columnDefinition = "text")
    private String carriedOver;

    @Column(columnDefinition = "text")
    private String notes;

    @ElementCollection
    @CollectionTable(name = "demand_answer", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "sort_order")
    private List<DemandAnswer> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_photo", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "image_id")
    private List<Long> photoIds = new ArrayList<>();

    @Column(name = "newsletter_id")
    private Long newsletterId;

    @Column(name = "newsletter_published_at")
    private Instant newsletterPublishedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BargainingSession() {
    }

    BargainingSession(String createdBy) {
        this.createdBy = createdBy;
    }

    void apply(SessionForm form, String by, Instant now) {
        seasonId = form.seasonId();
        heldOn = form.heldOn();
        startsAt = form.startsAt();
        endsAt = form.endsAt();
        kind = form.kind();
        employerSide = form.employerSide();
        ourAttendees = form.ourAttendees();
        agreements = form.agreements();
        carriedOver = form.carriedOver();
        notes = form.notes();
        answers.clear();
        form.answers().forEach(a -> answers.add(new DemandAnswer(a.demandId(), a.answer(), a.outcome())));
        photoIds.clear();
        photoIds.addAll(form.photoIds());
        updatedBy = by;
        updatedAt = now;
    }

    void newsletterWritten(long id) {
        newsletterId = id;
    }

    void newsletterPublished(long id, Instant at) {
        newsletterId = id;
        newsletterPublishedAt = at;
    }

    SessionForm toForm() {
        return new SessionForm(seasonId, heldOn, startsAt, endsAt, kind, employerSide, ourAttendees,
                answers.stream().map(DemandAnswer::toForm).toList(), agreements, carriedOver, notes,
                List.copyOf(photoIds));
    }

    PublishClock clock() {
        return new PublishClock(heldOn, endsAt, newsletterPublishedAt);
    }

    long getSeasonId() {
        return seasonId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    SessionKind getKind() {
        return kind;
    }

    Long getNewsletterId() {
        return newsletterId;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    int answerCount() {
        return answers.size();
    }
}
