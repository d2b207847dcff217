package jp.kumiaidesk.newsletter;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.approval.ApprovalStatus;
import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.DemandView;
import jp.kumiaidesk.bargaining.SessionDetail;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.HtmlPdf;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.notification.Mailer;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;

/**
 * 速報・教宣紙: written from a session by the secretariat, approved (that exact version) by an executive, and published
 * at once as an A4 PDF, a members' web page at an unguessable address, and an e-mail to the members' lists.
 */
@Service
public class NewsletterService {

    public static final String CAN_READ = "hasAnyRole('SECRETARIAT', 'EXECUTIVE', 'ADMIN')";
    public static final String CAN_WRITE = "hasAnyRole('SECRETARIAT', 'ADMIN')";
    public static final String CAN_APPROVE = "hasRole('EXECUTIVE')";

    public static final String FIELD_ISSUE_DATE = "issueDate";
    public static final String FIELD_HEADLINE = "headline";
    public static final String FIELD_LEAD = "lead";
    public static final String FIELD_ROWS = "rows";
    public static final String FIELD_AGREEMENTS = "agreements";
    public static final String FIELD_NEXT_STEPS = "nextSteps";
    public static final String FIELD_PHOTOS = "photos";
    public static final String FIELD_STATUS = "status";

    public static String demandField(int row) {
        return "rows." + row + ".demand";
    }

    public static String answerField(int row) {
        return "rows." + row + ".answer";
    }

    private static final int SEARCH_LIMIT = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NewsletterRepository newsletters;
    private final BargainingService bargaining;
    private final IssueNumbers numbers;
    private final NewsletterApprovals approvals;
    private final NewsletterPhotos photos;
    private final NotificationService notifications;
    private final Mailer mailer;
    private final HtmlPdf pdf;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String baseUrl;
    private final String unionName;
    private final MailingLists mailingLists;
    private final NewsletterMailing mailing;
    private final TransactionRetry retry;

    NewsletterService(NewsletterRepository newsletters, BargainingService bargaining, IssueNumbers numbers,
            NewsletterApprovals approvals, NewsletterPhotos photos, NotificationService notifications, Mailer mailer, HtmlPdf pdf,
            MessageSource messages, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
            @Value("${kd.base-url}") String baseUrl, @Value("${kd.union-name}") String unionName,
            MailingLists mailingLists, NewsletterMailing mailing, TransactionRetry retry) {
        this.retry = retry;
        this.newsletters = newsletters;
        this.bargaining = bargaining;
        this.numbers = numbers;
        this.approvals = approvals;
        this.photos = photos;
        this.notifications = notifications;
        this.mailer = mailer;
        this.pdf = pdf;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.unionName = unionName;
        this.mailingLists = mailingLists;
        this.mailing = mailing;
    }

    // ---- writing

    /** "Write newsletter" on a session: a draft pre-filled from what was logged. */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long draftFromSession(long sessionId) {
        SessionDetail session = bargaining.session(sessionId);
        Newsletter newsletter = new Newsletter(sessionId, session.form().seasonId(),
                SystemAuthentication.currentActor());
        newsletter.apply(prefill(session), clock.instant());
        newsletters.saveAndFlush(newsletter);
        bargaining.newsletterWritten(sessionId, newsletter.getId());
        events.publishEvent(AuditEntry.now("newsletter.created", "newsletter", newsletter.getId(),
                "session " + sessionId));
        return newsletter.getId();
    }

    private NewsletterForm prefill(SessionDetail session) {
        var form = session.form();
        Locale ja = Locale.JAPANESE;
        String kind = messages.getMessage(form.kind().translationKey(), null, ja);
        String day = form.heldOn().getMonthValue() + "月" + form.heldOn().getDayOfMonth() + "日";
        String employer = String.join("、", form.employerSide().lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        String headline = clip(session.seasonName() + "　" + day + "の" + kind, NewsletterForm.HEADLINE_MAX_LENGTH);
        String lead = day + "、組合は" + session.seasonName() + "の" + kind + "に臨みました。"
                + (employer.isEmpty() ? "" : "当局側は" + employer + "が出席しました。")
                + "要求に対する当局の回答をお知らせします。";
        List<NewsletterRow> rows = new ArrayList<>();
        for (AnswerForm a : form.answers()) {
            String title = session.demands().stream().filter(d -> d.id() == a.demandId()).map(DemandView::title)
                    .findFirst().orElse("");
            String answer = a.answer() == null ? "" : a.answer();
            if (a.outcome() == AnswerOutcome.SETTLED) {
                answer = answer + (answer.isEmpty() ? "" : "\n") + "【妥結】";
            } else if (a.outcome() == AnswerOutcome.CARRIED_OVER) {
                answer = answer + (answer.isEmpty() ? "" : "\n") + "【継続協議】";
            }
            rows.add(new NewsletterRow(title, answer));
        }
        String carried = form.carriedOver() == null ? "" : form.carriedOver().strip();
        String next = (carried.isEmpty() ? "" : "継続協議となった事項：\n" + carried + "\n\n")
                + "引き続き職場の声を集めて交渉に臨みます。ご意見は書記局までお寄せください。";
        return new NewsletterForm(LocalDate.now(clock.withZone(UnionTime.ZONE)), headline, lead,
                rows.stream().limit(NewsletterForm.MAX_ROWS).toList(), form.agreements(), next,
                form.photoIds().stream().limit(NewsletterForm.MAX_PHOTOS).toList());
    }

    /** A newsletter that is not about one session (an appeal, a summary of the season). */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public long createBlank(String headline) {
        Newsletter newsletter = new Newsletter(null, null, SystemAuthentication.currentActor());
        newsletter.apply(check(new NewsletterForm(LocalDate.now(clock.withZone(UnionTime.ZONE)), headline, "",
                List.of(), "", "", List.of())), clock.instant());
        newsletters.saveAndFlush(newsletter);
        events.publishEvent(AuditEntry.now("newsletter.created", "newsletter", newsletter.getId(), null));
        return newsletter.getId();
    }

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public NewsletterView get(long id) {
        return find(id).toView();
    }

    /** Where the approval of the current version stands (approvals, missing, stand-ins for the author). */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public ApprovalStatus approvalStatus(long id) {
        return approvals.status(find(id));
    }

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<NewsletterDecision> decisions(long id) {
        return approvals.decisions(id);
    }

    /**
     * Saves the text. A change to a newsletter in review or approved sends it (back) to review: an approval is bound
     * to the exact version the approver read.
     *
     * @return the saved newsletter (its status tells whether it went back to review)
     */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public NewsletterView update(long id, long expectedVersion, NewsletterForm form) {
        Newsletter newsletter = find(id);
        ConcurrentEditException.check(newsletter, expectedVersion);
        if (!newsletter.getStatus().editable()) {
            throw new FieldRejectedException(FIELD_STATUS, "newsletter.error.published");
        }
        NewsletterStatus before = newsletter.getStatus();
        boolean changed = newsletter.apply(check(form), clock.instant());
        if (changed && (before == NewsletterStatus.APPROVED || before == NewsletterStatus.IN_REVIEW)) {
            newsletter.backToReview(clock.instant());
            if (before == NewsletterStatus.APPROVED) {
                notifyApprovers(newsletter, "newsletter.notify.changed-after-approval");
            }
        }
        newsletters.saveAndFlush(newsletter);
        events.publishEvent(AuditEntry.now("newsletter.updated", "newsletter", id,
                changed ? newsletter.contentHash().substring(0, 12) : null));
        return newsletter.toView();
    }

    @PreAuthorize(CAN_WRITE)
    @Transactional
    public NewsletterView submit(long id, long expectedVersion) {
        Newsletter newsletter = find(id);
        ConcurrentEditException.check(newsletter, expectedVersion);
        switch (newsletter.getStatus()) {
            case DRAFT, CHANGES_REQUESTED, REJECTED -> newsletter.submitted(clock.instant());
            default -> throw new FieldRejectedException(FIELD_STATUS, "newsletter.error.not-draft");
        }
        newsletters.saveAndFlush(newsletter);
        notifyApprovers(newsletter, "newsletter.notify.submitted");
        events.publishEvent(AuditEntry.now("newsletter.submitted", "newsletter", id,
                newsletter.contentHash().substring(0, 12)));
        return newsletter.toView();
    }

    // ---- approving (executives)

    /**
     * Approves the version the executive read.
     *
     * @param contentHash the hash of the version on the approver's screen
     * @throws ConcurrentEditException when the newsletter changed since they opened it
     */
    @PreAuthorize(CAN_APPROVE)
    public NewsletterView approve(long id, String contentHash) {
        return retry.inTransaction("newsletter " + id + " approval", () -> {
            Newsletter newsletter = inReview(id, contentHash);
            if (approvals.approve(newsletter)) {
                newsletter.decided(NewsletterStatus.APPROVED);
                notifyAuthor(newsletter, "newsletter.notify.approved");
            }
            newsletters.saveAndFlush(newsletter);
            return newsletter.toView();
        });
    }

    @PreAuthorize(CAN_APPROVE)
    public NewsletterView requestChanges(long id, String contentHash, String comment) {
        return retry.inTransaction("newsletter " + id + " request for changes", () -> {
            Newsletter newsletter = inReview(id, contentHash);
            approvals.requestChanges(newsletter, comment);
            newsletter.decided(NewsletterStatus.CHANGES_REQUESTED);
            notifyAuthor(newsletter, "newsletter.notify.changes-requested");
            newsletters.saveAndFlush(newsletter);
            return newsletter.toView();
        });
    }

    @PreAuthorize(CAN_APPROVE)
    public NewsletterView reject(long id, String contentHash, String reason) {
        return retry.inTransaction("newsletter " + id + " rejection", () -> {
            Newsletter newsletter = inReview(id, contentHash);
            approvals.reject(newsletter, reason);
            newsletter.decided(NewsletterStatus.REJECTED);
            notifyAuthor(newsletter, "newsletter.notify.rejected");
            newsletters.saveAndFlush(newsletter);
            return newsletter.toView();
        });
    }

    private Newsletter inReview(long id, String contentHash) {
        Newsletter newsletter = find(id);
        if (!newsletter.contentHash().equals(contentHash)) {
            throw new ConcurrentEditException("newsletter", id);
        }
        if (newsletter.getStatus() != NewsletterStatus.IN_REVIEW) {
            throw new FieldRejectedException("approval", "newsletter.error.not-in-review");
        }
        return newsletter;
    }

    // ---- publishing

    /**
     * 発行: gives the next number of the year, renders the A4 PDF (stored in the database, with a QR code to the web
     * page), opens the members' web page at a new unguessable address, and mails the members' lists after commit.
     */
    @PreAuthorize(CAN_WRITE)
    public PublishResult publish(long id) {
        return retry.inTransaction("newsletter " + id + " publication", () -> {
            Newsletter newsletter = find(id);
            if (newsletter.getStatus() != NewsletterStatus.APPROVED || !approvals.complete(newsletter)) {
                throw new FieldRejectedException(FIELD_STATUS, "newsletter.error.not-approved");
            }
            for (Long imageId : newsletter.toForm().photoIds()) {
                if (!photos.load(imageId).map(NewsletterPhotos.Photo::consentSettled).orElse(false)) {
                    throw new FieldRejectedException(FIELD_PHOTOS, "newsletter.error.photo-consent");
                }
            }
            Instant now = clock.instant();
            int year = now.atZone(UnionTime.ZONE).getYear();
            int number = numbers.next(year);
            String token = newToken();
            List<MailingLists.MailingList> lists = mailingLists.active();
            List<String> listNames = lists.stream().map(MailingLists.MailingList::name).toList();
            newsletter.published(year, number, token, now, String.join(", ", listNames));
            newsletters.saveAndFlush(newsletter);
            NewsletterView view = newsletter.toView();
            byte[] sheet = renderPdf(view);
            jdbc.update("insert into newsletter_pdf (newsletter_id, pdf, created_at) values (?, ?, ?)", id, sheet,
                    java.sql.Timestamp.from(now));
            if (newsletter.getSessionId() != null) {
                bargaining.newsletterPublished(newsletter.getSessionId(), id, now);
            }
            String webUrl = baseUrl + view.webPath();
            events.publishEvent(AuditEntry.now("newsletter.published", "newsletter", id,
                    year + "-" + number + " " + newsletter.contentHash().substring(0, 12)));
            events.publishEvent(new NewsletterPublished(id, newsletter.getSessionId(), year, number,
                    view.form().headline(), view.form().lead(), webUrl, now));
            mailing.pending(id, lists);
            events.publishEvent(new NewsletterMailing.Requested(id, lists, number, view.form().headline(),
                    view.form().lead(), webUrl, baseUrl + view.pdfPath()));
            return new PublishResult(year, number, webUrl, baseUrl + view.pdfPath(), listNames,
                    mailer.configured());
        });
    }

    /** The members' link stops working at once (the PDF already printed stays valid paper). */
    @PreAuthorize(CAN_WRITE)
    @Transactional
    public void revoke(long id) {
        Newsletter newsletter = find(id);
        newsletter.revoke(clock.instant());
        newsletters.saveAndFlush(newsletter);
        events.publishEvent(AuditEntry.now("newsletter.revoked", "newsletter", id, null));
    }

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return jdbc.queryForList("select pdf from newsletter_pdf where newsletter_id = ?", byte[].class, id).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("newsletter pdf", id));
    }

    /** The web version for the editor's live preview (photos inline). */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public String preview(NewsletterView issue, NewsletterForm form) {
        NewsletterView shown = new NewsletterView(issue.id(), issue.version(), issue.sessionId(), issue.year(),
                issue.number(), issue.status(), form, issue.reapproval(), issue.submittedAt(), issue.publishedAt(),
                issue.token(), issue.revoked(), issue.viewCount(), issue.mailedTo(), issue.createdBy(),
                issue.updatedAt(), issue.contentHash());
        return NewsletterDocument.xhtml(unionName, shown, NewsletterDocument.Medium.WEB, inlinePhotos(form), null,
                null, null);
    }

    /**
     * The characters of a form the PDF's font cannot print (emoji, rare symbols): they would come out as "#" on
     * paper, so the editor warns. The web page shows them.
     */
    @PreAuthorize(CAN_READ)
    public String unprintable(NewsletterForm form) {
        StringBuilder text = new StringBuilder();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(form.headline(), form.lead(), form.agreements(),
                form.nextSteps()), form.rows().stream().flatMap(r -> java.util.stream.Stream.of(r.demand(),
                        r.answer()))).filter(java.util.Objects::nonNull).forEach(text::append);
        return pdf.unprintable(text.toString());
    }

    /** What 発行 would do now: the number it takes if nobody publishes first, the lists it mails. */
    @PreAuthorize(CAN_WRITE)
    @Transactional(readOnly = true)
    public PublishPreview publishPreview() {
        int year = clock.instant().atZone(UnionTime.ZONE).getYear();
        return new PublishPreview(year, numbers.peek(year), mailingLists.active().stream()
                .map(l -> new PublishPreview.ListSize(l.name(), l.addresses().size())).toList(), mailer.configured());
    }

    /** Per list, whether the published newsletter's mail was handed to the mail server. */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<NewsletterDelivery> deliveries(long id) {
        return mailing.deliveries(id);
    }

    /** The next issue number of this year, as the editor shows it before publishing (not reserved). */
    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public int expectedNumber() {
        return numbers.peek(clock.instant().atZone(UnionTime.ZONE).getYear());
    }

    // ---- lists

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<NewsletterView> search(NewsletterQuery query) {
        StringBuilder sql = new StringBuilder("select n.id from newsletter n where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.seasonId() != null) {
            sql.append(" and n.season_id = ?");
            args.add(query.seasonId());
        }
        if (query.status() != null) {
            sql.append(" and n.status = ?");
            args.add(query.status().name());
        }
        if (query.from() != null) {
            sql.append(" and n.issue_date >= ?");
            args.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and n.issue_date <= ?");
            args.add(query.to());
        }
        String text = TextRules.clean(query.text());
        if (!text.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (concat_ws(' ', n.headline, n.lead_text, n.agreements, n.next_steps) like ?"
                    + " or exists (select 1 from newsletter_row r where r.newsletter_id = n.id"
                    + " and (r.demand like ? or r.answer like ?)))");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        sql.append(" order by n.issue_date desc, n.id desc limit ").append(SEARCH_LIMIT);
        List<Long> ids = jdbc.queryForList(sql.toString(), Long.class, args.toArray());
        var byId = newsletters.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Newsletter::getId, n -> n));
        return ids.stream().map(byId::get).map(Newsletter::toView).toList();
    }

    @PreAuthorize(CAN_READ)
    @Transactional(readOnly = true)
    public List<NewsletterView> awaitingApproval() {
        return newsletters.findByStatusOrderBySubmittedAtAsc(NewsletterStatus.IN_REVIEW).stream()
                .map(Newsletter::toView).toList();
    }

    // ---- the members' public page: no login, the token is the secret

    /** The members' web page; counts the view. Empty for unknown or revoked tokens. */
    @Transactional
    public Optional<String> openPublic(String token) {
        Optional<Newsletter> found = live(token);
        found.ifPresent(n -> jdbc.update("update newsletter set view_count = view_count + 1 where id = ?",
                n.getId()));
        return found.map(n -> {
            NewsletterView view = n.toView();
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < view.form().photoIds().size(); i++) {
                sources.add(NewsletterLinks.photoPath(token, i));
            }
            return NewsletterDocument.xhtml(unionName, view, NewsletterDocument.Medium.WEB, sources, null,
                    baseUrl + view.webPath(), view.pdfPath());
        });
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> publicPdf(String token) {
        return live(token).flatMap(n -> jdbc.queryForList("select pdf from newsletter_pdf where newsletter_id = ?",
                byte[].class, n.getId()).stream().findFirst());
    }

    /** One photo of a published newsletter: content type and bytes. */
    @Transactional(readOnly = true)
    public Optional<NewsletterPhotos.Photo> publicPhoto(String token, int index) {
        return live(token).map(n -> n.toForm().photoIds()).filter(ids -> index >= 0 && index < ids.size())
                .flatMap(ids -> SystemAuthentication.call(() -> photos.load(ids.get(index))));
    }

    private Optional<Newsletter> live(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{22,40}")) {
            return Optional.empty();
        }
        // byte for byte, whatever the column's collation (V150 makes it binary too)
        return newsletters.findByToken(token).filter(n -> token.equals(n.toView().token()))
                .filter(n -> n.toView().publicLinkLive());
    }

    // ---- rendering

    byte[] renderPdf(NewsletterView view) {
        String webUrl = baseUrl + view.webPath();
        return pdf.render(NewsletterDocument.xhtml(unionName, view, NewsletterDocument.Medium.PRINT,
                inlinePhotos(view.form()), QrCode.png(webUrl, 400), webUrl, null));
    }

    private List<String> inlinePhotos(NewsletterForm form) {
        List<String> sources = new ArrayList<>();
        for (Long imageId : form.photoIds()) {
            SystemAuthentication.call(() -> photos.load(imageId)).ifPresent(p -> sources.add(
                    "data:" + p.contentType() + ";base64," + Base64.getEncoder().encodeToString(p.bytes())));
        }
        return sources;
    }

    /** 128 bits from a cryptographic random source, URL-safe: 22 characters. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---- rules

    private NewsletterForm check(NewsletterForm form) {
        if (form.issueDate() == null) {
            throw new FieldRejectedException(FIELD_ISSUE_DATE, "validation.required");
        }
        String headline = TextRules.requireLine(FIELD_HEADLINE, form.headline(), true,
                NewsletterForm.HEADLINE_MAX_LENGTH);
        String lead = TextRules.requireText(FIELD_LEAD, form.lead(), false, NewsletterForm.LEAD_MAX_LENGTH);
        if (form.rows().size() > NewsletterForm.MAX_ROWS) {
            throw new FieldRejectedException(FIELD_ROWS, "newsletter.error.too-many-rows");
        }
        List<NewsletterRow> rows = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            NewsletterRow row = form.rows().get(i);
            String demand = TextRules.requireLine(demandField(i), row.demand(), true,
                    NewsletterForm.DEMAND_MAX_LENGTH);
            String answer = TextRules.requireText(answerField(i), row.answer(), false,
                    NewsletterForm.ANSWER_MAX_LENGTH);
            rows.add(new NewsletterRow(demand, answer));
        }
        String agreements = TextRules.requireText(FIELD_AGREEMENTS, form.agreements(), false,
                NewsletterForm.SECTION_MAX_LENGTH);
        String next = TextRules.requireText(FIELD_NEXT_STEPS, form.nextSteps(), false,
                NewsletterForm.SECTION_MAX_LENGTH);
        if (form.photoIds().size() > NewsletterForm.MAX_PHOTOS) {
            throw new FieldRejectedException(FIELD_PHOTOS, "newsletter.error.too-many-photos");
        }
        return new NewsletterForm(form.issueDate(), headline, lead, rows, agreements, next,
                form.photoIds().stream().distinct().toList());
    }

    private Newsletter find(long id) {
        return newsletters.findById(id).orElseThrow(() -> new NotFoundException("newsletter", id));
    }

    private void notifyApprovers(Newsletter newsletter, String key) {
        for (Recipient r : approvals.approvers(newsletter.getCreatedBy())) {
            notifications.notify(r, key, newsletter.getHeadline(), "newsletters/" + newsletter.getId());
        }
    }

    private void notifyAuthor(Newsletter newsletter, String key) {
        notifications.notify(approvals.author(newsletter.getCreatedBy()), key, newsletter.getHeadline(),
                "newsletters/" + newsletter.getId());
    }

    private static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
