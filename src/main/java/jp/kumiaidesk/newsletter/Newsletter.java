package jp.kumiaidesk.newsletter;

import java.time.Instant;
import java.time.LocalDate;
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

import jp.kumiaidesk.approval.ContentHash;
import jp.kumiaidesk.base.AbstractEntity;

/** 速報・教宣紙: one issue, from draft through approval to publication. */
@Entity
@Table(name = "newsletter")
class Newsletter extends AbstractEntity {

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "season_id")
    private Long seasonId;

    @Column(name = "issue_year")
    private Integer year;

    @Column(name = "issue_number")
    private Integer number;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(nullable = false)
    private String headline;

    @Column(name = "lead_text", columnDefinition = "text")
    private String lead;

    @ElementCollection
    @CollectionTable(name = "newsletter_row", joinColumns = @JoinColumn(name = "newsletter_id"))
    @OrderColumn(name = "sort_order")
    private List<NewsletterLine> rows = new ArrayList<>();

    @Column(columnDefinition = "text")
    private String agreements;

    @Column(name = "next_steps", columnDefinition = "text")
    private String nextSteps;

    @ElementCollection
    @CollectionTable(name = "newsletter_photo", joinColumns = @JoinColumn(name = "newsletter_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "image_id")
    private List<Long> photoIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NewsletterStatus status = NewsletterStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Changed after approval: the approvers must look again (the page says so). */
    @Column(nullable = false)
    private boolean reapproval;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "public_token")
    private String token;

    @Column(name = "token_revoked_at")
    private Instant tokenRevokedAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "mailed_to")
    private String mailedTo;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Newsletter() {
    }

    Newsletter(Long sessionId, Long seasonId, String createdBy) {
        this.sessionId = sessionId;
        this.seasonId = seasonId;
        this.createdBy = createdBy;
    }

    /** @return whether the content (and so its hash) changed */
    boolean apply(NewsletterForm form, Instant now) {
        String before = issueDate == null ? null : contentHash();
        issueDate = form.issueDate();
        headline = form.headline();
        lead = form.lead();
        rows.clear();
        form.rows().forEach(r -> rows.add(new NewsletterLine(r.demand(), r.answer())));
        agreements = form.agreements();
        nextSteps = form.nextSteps();
        photoIds.clear();
        photoIds.addAll(form.photoIds());
        updatedAt = now;
        return !contentHash().equals(before);
    }

    NewsletterForm toForm() {
        return new NewsletterForm(issueDate, headline, lead, rows.stream().map(NewsletterLine::toRow).toList(),
                agreements, nextSteps, List.copyOf(photoIds));
    }

    /** SHA-256 over every field a reader sees (and the photo ids): what an approval is bound to. */
    String contentHash() {
        NewsletterForm f = toForm();
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(f.issueDate()));
        parts.add(f.headline());
        parts.add(f.lead());
        f.rows().forEach(r -> {
            parts.add(r.demand());
            parts.add(r.answer());
        });
        parts.add(f.agreements());
        parts.add(f.nextSteps());
        f.photoIds().forEach(id -> parts.add("photo:" + id));
        return ContentHash.of(parts.toArray(String[]::new));
    }

    void submitted(Instant now) {
        status = NewsletterStatus.IN_REVIEW;
        submittedAt = now;
    }

    void backToReview(Instant now) {
        if (status == NewsletterStatus.APPROVED) {
            reapproval = true;
        }
        status = NewsletterStatus.IN_REVIEW;
        submittedAt = now;
    }

    void decided(NewsletterStatus newStatus) {
        status = newStatus;
        if (newStatus == NewsletterStatus.APPROVED) {
            reapproval = false;
        }
    }

    void published(int year, int number, String token, Instant now, String mailedTo) {
        this.year = year;
        this.number = number;
        this.token = token;
        this.publishedAt = now;
        this.mailedTo = mailedTo;
        this.status = NewsletterStatus.PUBLISHED;
    }

    void revoke(Instant now) {
        tokenRevokedAt = now;
    }

    NewsletterView toView() {
        return new NewsletterView(getId(), getVersion(), sessionId, year, number, status, toForm(), reapproval,
                submittedAt, publishedAt, token, tokenRevokedAt != null, viewCount, mailedTo, createdBy, updatedAt,
                contentHash());
    }

    NewsletterStatus getStatus() {
        return status;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Long getSessionId() {
        return sessionId;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getHeadline() {
        return headline;
    }
}
