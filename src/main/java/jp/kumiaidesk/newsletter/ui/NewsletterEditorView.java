package jp.kumiaidesk.newsletter.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.approval.ApprovalStatus;
import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;
import jp.kumiaidesk.newsletter.NewsletterDecision;
import jp.kumiaidesk.newsletter.NewsletterDelivery;
import jp.kumiaidesk.newsletter.NewsletterForm;
import jp.kumiaidesk.newsletter.NewsletterRow;
import jp.kumiaidesk.newsletter.NewsletterService;
import jp.kumiaidesk.newsletter.NewsletterStatus;
import jp.kumiaidesk.newsletter.NewsletterView;
import jp.kumiaidesk.newsletter.PublishResult;
import jp.kumiaidesk.newsletter.NewsletterLinks;
import jp.kumiaidesk.sns.SnsDraftService;

/**
 * One newsletter: the text on the left and a live preview of the printed sheet on the right; the secretariat edits
 * and submits, an executive approves (that exact version), the secretariat publishes — then the page shows the PDF,
 * the members' link with its QR code, and the lists that were mailed.
 */
@Route("newsletters/:id")
@RolesAllowed({Roles.SECRETARIAT, Roles.EXECUTIVE})
final class NewsletterEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final NewsletterService newsletters;
    private final SnsDraftService snsDrafts;
    private final ImageService images;
    private final String baseUrl;
    private final boolean writer;
    private final boolean approver;

    private final Span status = new Span();
    private final Span number = new Span();
    private final Paragraph reapproval = new Paragraph();
    private final Paragraph approvalStatus = new Paragraph();
    private final DatePicker issueDate = new DatePicker();
    private final TextField headline = new TextField();
    private final TextArea lead = new TextArea();
    private final Div rows = new Div();
    private final TextArea agreements = new TextArea();
    private final TextArea nextSteps = new TextArea();
    private final IFrame preview = new IFrame();
    private final Div actions = new Div();
    private final Div published = new Div();
    private final Span publishRefused = new Span();
    private final Span unprintable = new Span();
    private final Div decisions = new Div();
    private final Div photos = new Div();
    private final List<TextField> demandFields = new ArrayList<>();
    private final List<TextArea> answerFields = new ArrayList<>();
    private final FormErrors errors = new FormErrors();

    private NewsletterView issue;
    private List<Long> photoIds = List.of();

    NewsletterEditorView(NewsletterService newsletters, SnsDraftService snsDrafts, ImageService images,
            AuthenticationContext authentication, @Value("${kd.base-url}") String baseUrl) {
        this.newsletters = newsletters;
        this.snsDrafts = snsDrafts;
        this.images = images;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.writer = authentication.hasRole(Role.SECRETARIAT.roleName());
        this.approver = authentication.hasRole(Role.EXECUTIVE.roleName());
        addClassName("kd-view");
        addClassName("kd-newsletter-editor");
        status.setId("newsletter-status");
        number.setId("newsletter-number");
        reapproval.setId("newsletter-reapproval");
        reapproval.addClassName("kd-warning");
        issueDate.setLabel(getTranslation("newsletter.issue-date"));
        Pickers.localize(issueDate);
        headline.setLabel(getTranslation("newsletter.headline"));
        headline.setMaxLength(NewsletterForm.HEADLINE_MAX_LENGTH);
        headline.setId("newsletter-headline");
        headline.setWidthFull();
        area(lead, "newsletter.lead", NewsletterForm.LEAD_MAX_LENGTH);
        lead.setId("newsletter-lead");
        area(agreements, "newsletter.agreements", NewsletterForm.SECTION_MAX_LENGTH);
        area(nextSteps, "newsletter.next-steps", NewsletterForm.SECTION_MAX_LENGTH);
        lead.setHelperText(getTranslation("newsletter.format-help"));
        headline.setValueChangeMode(ValueChangeMode.LAZY);
        headline.addValueChangeListener(e -> refreshPreview());
        issueDate.addValueChangeListener(e -> refreshPreview());
        errors.field(NewsletterService.FIELD_ISSUE_DATE, issueDate).field(NewsletterService.FIELD_HEADLINE, headline)
                .field(NewsletterService.FIELD_LEAD, lead).field(NewsletterService.FIELD_AGREEMENTS, agreements)
                .field(NewsletterService.FIELD_NEXT_STEPS, nextSteps);
        preview.setId("newsletter-preview");
        preview.addClassName("kd-a4-preview");
        preview.setTitle(getTranslation("newsletter.preview"));

        unprintable.setId("newsletter-unprintable");
        unprintable.addClassName("kd-warning");
        unprintable.setVisible(false);
        Div editor = new Div(issueDate, headline, unprintable, lead, new H3(getTranslation("newsletter.table")),
                rows);
        if (writer) {
            Button addRow = new Button(getTranslation("newsletter.add-row"), e -> {
                addRow(new NewsletterRow("", ""));
                demandFields.getLast().focus();
            });
            addRow.setId("newsletter-add-row");
            addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            editor.add(addRow);
        }
        photos.setId("newsletter-photos");
        photos.addClassName("kd-photos");
        editor.add(agreements, new H3(getTranslation("newsletter.photos")), photos, nextSteps);
        editor.addClassName("kd-newsletter-form");
        Div side = new Div(new H3(getTranslation("newsletter.preview")), preview);
        side.addClassName("kd-newsletter-side");
        FlexLayout columns = new FlexLayout(editor, side);
        columns.addClassName("kd-newsletter-columns");
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        FlexLayout head = new FlexLayout(new H2(getTranslation("newsletter.title")), number, status);
        head.setAlignItems(FlexLayout.Alignment.BASELINE);
        head.addClassName("kd-filters");
        decisions.setId("newsletter-decisions");
        published.setId("newsletter-published");
        approvalStatus.setId("newsletter-approval-status");
        add(head, reapproval, approvalStatus, actions, published, columns, decisions,
                new RouterLink(getTranslation("newsletter.back"), NewslettersView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(newsletters.get(Long.parseLong(event.getRouteParameters().get(ID).orElse(""))));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(NewsletterView view) {
        issue = view;
        NewsletterForm form = view.form();
        boolean editable = writer && view.status().editable();
        issueDate.setValue(form.issueDate());
        headline.setValue(form.headline());
        lead.setValue(nz(form.lead()));
        agreements.setValue(nz(form.agreements()));
        nextSteps.setValue(nz(form.nextSteps()));
        photoIds = form.photoIds();
        showPhotos(editable);
        rows.removeAll();
        demandFields.clear();
        answerFields.clear();
        form.rows().forEach(this::addRow);
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(issueDate, headline, lead, agreements,
                nextSteps);
        fields.forEach(f -> f.setReadOnly(!editable));
        status.setText(getTranslation(view.status().translationKey()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge" + switch (view.status()) {
            case APPROVED, PUBLISHED -> " success";
            case CHANGES_REQUESTED, REJECTED -> " error";
            default -> "";
        });
        number.setText(view.number() != null ? getTranslation("newsletter.number", view.number())
                : getTranslation("newsletter.number-expected", newsletters.expectedNumber()));
        reapproval.setText(getTranslation("newsletter.back-to-review"));
        reapproval.setVisible(view.reapproval() && view.status() == NewsletterStatus.IN_REVIEW);
        showApprovalStatus(view);
        showActions();
        showPublished();
        showDecisions();
        refreshPreview();
    }

    private void showPhotos(boolean editable) {
        photos.removeAll();
        if (photoIds.isEmpty()) {
            photos.add(new Span(getTranslation("newsletter.no-photos")));
        }
        for (Long imageId : photoIds) {
            Image image = new Image(DownloadHandler.fromInputStream(e -> {
                StoredImage stored = images.load(imageId);
                return new DownloadResponse(new ByteArrayInputStream(stored.bytes()),
                        "photo-" + imageId + "." + stored.fileExtension(), stored.contentType(), stored.bytes().length);
            }), getTranslation("newsletter.photo"));
            image.addClassName("kd-thumb");
            Div box = new Div(image);
            if (editable) {
                Button remove = new Button(getTranslation("newsletter.remove-photo"), e -> {
                    List<Long> kept = new ArrayList<>(photoIds);
                    kept.remove(imageId);
                    photoIds = List.copyOf(kept);
                    showPhotos(true);
                    refreshPreview();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                box.add(remove);
            }
            photos.add(box);
        }
    }

    private void addRow(NewsletterRow row) {
        int index = demandFields.size();
        TextField demand = new TextField(getTranslation("newsletter.demand"));
        demand.setMaxLength(NewsletterForm.DEMAND_MAX_LENGTH);
        demand.setValue(nz(row.demand()));
        demand.setWidthFull();
        demand.setId("newsletter-demand-" + index);
        TextArea answer = new TextArea(getTranslation("newsletter.answer"));
        answer.setMaxLength(NewsletterForm.ANSWER_MAX_LENGTH);
        answer.setValue(nz(row.answer()));
        answer.setWidthFull();
        answer.setId("newsletter-answer-" + index);
        boolean editable = writer && (issue == null || issue.status().editable());
        demand.setReadOnly(!editable);
        answer.setReadOnly(!editable);
        demand.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        demand.addValueChangeListener(e -> refreshPreview());
        answer.addValueChangeListener(e -> refreshPreview());
        Div box = new Div(demand, answer);
        box.addClassName("kd-newsletter-row");
        if (editable) {
            Button remove = new Button(getTranslation("newsletter.remove-row"), e -> {
                List<NewsletterRow> kept = new ArrayList<>(typedRows());
                kept.remove(demandFields.indexOf(demand));
                rows.removeAll();
                demandFields.clear();
                answerFields.clear();
                kept.forEach(this::addRow);
                refreshPreview();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(remove);
        }
        rows.add(box);
        demandFields.add(demand);
        answerFields.add(answer);
        errors.field(NewsletterService.demandField(index), demand).field(NewsletterService.answerField(index), answer);
    }

    private List<NewsletterRow> typedRows() {
        List<NewsletterRow> typed = new ArrayList<>();
        for (int i = 0; i < demandFields.size(); i++) {
            typed.add(new NewsletterRow(demandFields.get(i).getValue(), answerFields.get(i).getValue()));
        }
        return typed;
    }

    private NewsletterForm typed() {
        return new NewsletterForm(issueDate.getValue(), headline.getValue(), lead.getValue(), typedRows(),
                agreements.getValue(), nextSteps.getValue(), photoIds);
    }

    private void refreshPreview() {
        if (issue != null) {
            NewsletterForm form = typed();
            preview.setSrcdoc(newsletters.preview(issue, form));
            String missing = newsletters.unprintable(form);
            unprintable.setText(getTranslation("newsletter.unprintable", missing));
            unprintable.setVisible(!missing.isEmpty());
        }
    }

    /** In review: how many approvals, who is still missing, and who stands in for an author who must approve. */
    private void showApprovalStatus(NewsletterView view) {
        boolean inReview = view.status() == NewsletterStatus.IN_REVIEW;
        approvalStatus.setVisible(inReview);
        if (!inReview) {
            return;
        }
        ApprovalStatus approval = newsletters.approvalStatus(view.id());
        StringBuilder text = new StringBuilder(getTranslation("approval.status", approval.approvedBy().size(),
                approval.required()));
        if (!approval.missingMandatory().isEmpty()) {
            text.append(" ").append(getTranslation("approval.status.missing",
                    String.join("、", approval.missingMandatory().stream().map(approval::name).toList())));
        }
        for (ApprovalStatus.StandIn standIn : approval.standIns()) {
            text.append(" ").append(standIn.substitute() == null
                    ? getTranslation("approval.status.waived", approval.name(standIn.mandatory()))
                    : getTranslation("approval.status.stand-in", approval.name(standIn.mandatory()),
                            approval.name(standIn.substitute())));
        }
        approvalStatus.setText(text.toString());
    }

    private void showActions() {
        actions.removeAll();
        actions.addClassName("kd-filters");
        NewsletterStatus s = issue.status();
        if (writer && s.editable()) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("newsletter-save");
            actions.add(save);
        }
        if (writer && (s == NewsletterStatus.DRAFT || s == NewsletterStatus.CHANGES_REQUESTED
                || s == NewsletterStatus.REJECTED)) {
            Button submit = new Button(getTranslation("newsletter.submit"), e -> {
                if (save()) {
                    run(() -> newsletters.submit(issue.id(), issue.version()), "newsletter.submitted");
                }
            });
            submit.setId("newsletter-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        }
        if (approver && s == NewsletterStatus.IN_REVIEW) {
            TextArea comment = new TextArea(getTranslation("newsletter.comment"));
            comment.setId("newsletter-comment");
            comment.setMaxLength(2000);
            FormErrors decisionErrors = new FormErrors().field("reason", comment).field("approval", comment);
            Button approve = new Button(getTranslation("newsletter.approve"), e -> decide(decisionErrors,
                    () -> newsletters.approve(issue.id(), issue.contentHash())));
            approve.setId("newsletter-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button changes = new Button(getTranslation("newsletter.request-changes"), e -> decide(decisionErrors,
                    () -> newsletters.requestChanges(issue.id(), issue.contentHash(), comment.getValue())));
            changes.setId("newsletter-request-changes");
            Button reject = new Button(getTranslation("newsletter.reject"), e -> decide(decisionErrors,
                    () -> newsletters.reject(issue.id(), issue.contentHash(), comment.getValue())));
            reject.setId("newsletter-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(new Div(new Paragraph(getTranslation("newsletter.approve-help")), comment,
                    new Div(approve, changes, reject)));
        }
        if (writer && s == NewsletterStatus.APPROVED) {
            Button publish = new Button(getTranslation("newsletter.publish"), e -> confirmPublish());
            publish.setId("newsletter-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            publishRefused.setId("newsletter-publish-refused");
            publishRefused.addClassName("kd-warning");
            publishRefused.setVisible(false);
            actions.add(publish, publishRefused);
        }
    }

    private void decide(FormErrors decisionErrors, Runnable decision) {
        if (decisionErrors.submit(decision, () -> show(newsletters.get(issue.id())))) {
            FormErrors.success(getTranslation("newsletter.decided"));
            show(newsletters.get(issue.id()));
        }
    }

    private boolean save() {
        NewsletterForm form = typed();
        NewsletterStatus before = issue.status();
        boolean saved = errors.submit(() -> issue = newsletters.update(issue.id(), issue.version(), form),
                () -> show(newsletters.get(issue.id())));
        if (saved) {
            FormErrors.success(getTranslation(before == NewsletterStatus.APPROVED
                    && issue.status() == NewsletterStatus.IN_REVIEW ? "newsletter.back-to-review" : "action.saved"));
            show(issue);
        }
        return saved;
    }

    private void run(Runnable action, String doneKey) {
        if (errors.submit(action, () -> show(newsletters.get(issue.id())))) {
            FormErrors.success(getTranslation(doneKey));
            show(newsletters.get(issue.id()));
        }
    }

    /**
     * 発行 asks first: the number it takes, where the mail goes and what happens; and it refuses while the form holds
     * edits that are not saved (they would not be in the issue, which is the approved, saved version).
     */
    private void confirmPublish() {
        if (!normalized(typed()).equals(normalized(issue.form()))) {
            publishRefused.setText(getTranslation("newsletter.publish-unsaved"));
            publishRefused.setVisible(true);
            return;
        }
        publishRefused.setVisible(false);
        new PublishDialog(newsletters.publishPreview(), this::publish).open();
    }

    /** A form as stored: empty and missing text are the same, so an untouched form has no "unsaved edits". */
    private static NewsletterForm normalized(NewsletterForm form) {
        return new NewsletterForm(form.issueDate(), nz(form.headline()).strip(), nz(form.lead()).strip(),
                form.rows().stream().map(r -> new NewsletterRow(nz(r.demand()).strip(), nz(r.answer()).strip()))
                        .filter(r -> !r.demand().isEmpty() || !r.answer().isEmpty()).toList(),
                nz(form.agreements()).strip(), nz(form.nextSteps()).strip(), List.copyOf(form.photoIds()));
    }

    private void publish() {
        PublishResult[] result = new PublishResult[1];
        if (errors.submit(() -> result[0] = newsletters.publish(issue.id()), null)) {
            FormErrors.success(getTranslation("newsletter.published-number", result[0].number()));
            show(newsletters.get(issue.id()));
        } else {
            showActions();
        }
    }

    private void showPublished() {
        published.removeAll();
        if (issue.status() != NewsletterStatus.PUBLISHED) {
            published.setVisible(false);
            return;
        }
        published.setVisible(true);
        published.addClassName("kd-card");
        published.add(new H3(getTranslation("newsletter.published-at",
                UnionTime.dateTime(issue.publishedAt(), getLocale()))));
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = newsletters.pdf(issue.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "newsletter-" + issue.year() + "-"
                    + issue.number() + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("newsletter.pdf"));
        pdf.setId("newsletter-pdf-link");
        pdf.setTarget(AnchorTarget.BLANK);
        published.add(new Div(pdf));
        if (issue.publicLinkLive()) {
            Anchor web = new Anchor(issue.webPath(), baseUrl + issue.webPath());
            web.setId("newsletter-web-link");
            web.setTarget(AnchorTarget.BLANK);
            published.add(new Div(new Span(getTranslation("newsletter.web") + "："), web));
            com.vaadin.flow.component.html.Image qr = new com.vaadin.flow.component.html.Image(
                    "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(
                            jp.kumiaidesk.newsletter.QrCode.png(baseUrl + issue.webPath(), 240)),
                    getTranslation("newsletter.qr"));
            qr.setId("newsletter-qr");
            qr.setWidth("8rem");
            published.add(qr);
            published.add(new Div(getTranslation("newsletter.views", issue.viewCount())));
            if (writer) {
                Button revoke = new Button(getTranslation("newsletter.revoke"), e -> DangerousAction.confirm(
                        getTranslation("newsletter.revoke"), getTranslation("newsletter.revoke-message"),
                        getTranslation("newsletter.revoke"), getTranslation("action.cancel"), () -> {
                            newsletters.revoke(issue.id());
                            show(newsletters.get(issue.id()));
                        }));
                revoke.setId("newsletter-revoke");
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                published.add(revoke);
            }
        } else {
            Paragraph revoked = new Paragraph(getTranslation("newsletter.revoked"));
            revoked.setId("newsletter-revoked");
            published.add(revoked);
        }
        showDeliveries();
        if (writer) {
            Button sns = new Button(getTranslation("newsletter.sns-draft"), e -> {
                long draft = snsDrafts.createFromNewsletter(issue.form().headline(), nz(issue.form().lead()),
                        issue.publicLinkLive() ? baseUrl + issue.webPath() : null);
                UI.getCurrent().navigate("sns/drafts/" + draft);
            });
            sns.setId("newsletter-sns-draft");
            published.add(sns);
        }
    }

    /** Per list, what the mail server was handed: the truth, not the intention. */
    private void showDeliveries() {
        List<NewsletterDelivery> deliveries = newsletters.deliveries(issue.id());
        Div mail = new Div();
        mail.setId("newsletter-deliveries");
        if (deliveries.isEmpty()) {
            mail.add(new Div(getTranslation(issue.mailedTo() == null || issue.mailedTo().isBlank()
                    ? "newsletter.mailed-none" : "newsletter.mailed-to", nz(issue.mailedTo()))));
        }
        for (NewsletterDelivery d : deliveries) {
            Div line = new Div(getTranslation("newsletter.delivery-line", d.listName(),
                    getTranslation(d.status().translationKey(), d.handedOver(), d.addresses())));
            line.addClassName(d.status() == NewsletterDelivery.Status.SENT ? "kd-ok" : "kd-warning");
            mail.add(line);
        }
        published.add(mail);
    }

    private void showDecisions() {
        decisions.removeAll();
        List<NewsletterDecision> all = newsletters.decisions(issue.id());
        if (all.isEmpty()) {
            return;
        }
        decisions.add(new H3(getTranslation("newsletter.decisions")));
        for (NewsletterDecision d : all) {
            Div line = new Div(UnionTime.dateTime(d.decidedAt(), getLocale()) + "　" + d.approverName() + "　"
                    + getTranslation(d.verdictKey()) + (d.comment() == null ? "" : "：" + d.comment())
                    + "　(" + d.contentHash().substring(0, 8) + ")");
            line.getElement().setAttribute("data-testid", "newsletter-decision");
            decisions.add(line);
        }
    }

    private void area(TextArea area, String key, int max) {
        area.setLabel(getTranslation(key));
        area.setMaxLength(max);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> refreshPreview());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "newsletter.title");
    }
}
