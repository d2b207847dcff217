package jp.kumiaidesk.sns.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import jp.kumiaidesk.approval.ApprovalService;
import jp.kumiaidesk.approval.ApprovalStatus;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.sns.ChecklistItem;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;

/**
 * The reviewer's side: where the approval stands, the checklist (approve stays disabled until every item is ticked
 * for this version), approve, request changes, reject.
 */
class ReviewPanel extends Div {

    private final SnsDraftService drafts;
    private final UserService users;
    private final Runnable reload;
    private final Paragraph status = new Paragraph();
    private final Div checklist = new Div();
    private final Map<ChecklistItem, Checkbox> boxes = new EnumMap<>(ChecklistItem.class);
    private final LightButton approve = new LightButton();
    private final LightButton requestChanges = new LightButton();
    private final LightButton reject = new LightButton();
    private final Div decide = new Div();
    /* phones have no hover: why approve is disabled, and why this executive cannot decide, are shown as text */
    private final Span approveWhy = new Span();
    private final Paragraph whyNot = new Paragraph();
    private DraftDetail detail;
    private boolean showing;

    ReviewPanel(SnsDraftService drafts, UserService users, Runnable reload) {
        this.drafts = drafts;
        this.users = users;
        this.reload = reload;
        addClassNames("kd-card", "kd-review");
        status.setId("sns-approval-status");
        checklist.setId("sns-checklist");
        checklist.addClassName("kd-checklist");
        for (ChecklistItem item : ChecklistItem.values()) {
            Checkbox box = new Checkbox(getTranslation(item.labelKey()));
            box.addValueChangeListener(e -> {
                if (!showing && detail != null) {
                    drafts.tick(detail.id(), detail.contentHash(), item, e.getValue());
                    updateApprove();
                }
            });
            boxes.put(item, box);
            checklist.add(box);
        }
        approve.setText(getTranslation("sns.approve"));
        approve.setId("sns-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> {
            // the service's refusals (own draft, changed meanwhile, checklist) are shown as notifications
            if (new FormErrors().submit(() -> drafts.approve(detail.id(), detail.contentHash()), reload)) {
                FormErrors.success(getTranslation("sns.approved-by-you"));
                reload.run();
            }
        });
        requestChanges.setText(getTranslation("sns.request-changes"));
        requestChanges.setId("sns-request-changes");
        requestChanges.addClickListener(e -> askReason("sns.request-changes", "sns.request-changes-help",
                reason -> drafts.requestChanges(detail.id(), detail.contentHash(), reason)));
        reject.setText(getTranslation("sns.reject"));
        reject.setId("sns-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> askReason("sns.reject", "sns.reject-help",
                reason -> drafts.reject(detail.id(), detail.contentHash(), reason)));
        approveWhy.setId("sns-approve-why");
        approveWhy.addClassName("kd-why");
        whyNot.setId("sns-review-why");
        whyNot.addClassName("kd-why");
        HorizontalLayout buttons = new HorizontalLayout(approve, requestChanges, reject);
        buttons.addClassName("kd-wrap");
        decide.add(new H3(getTranslation("sns.checklist")), checklist, buttons, approveWhy);
        add(new H3(getTranslation("sns.review")), status, whyNot, decide);
    }

    void show(DraftDetail detail) {
        this.detail = detail;
        ApprovalStatus approval = detail.approval();
        StringBuilder text = new StringBuilder(getTranslation("approval.status", approval.approvedBy().size(),
                approval.required()));
        if (!approval.approvedBy().isEmpty()) {
            text.append("（").append(detail.decisions().stream()
                    .filter(d -> d.contentHash().equals(detail.contentHash())
                            && d.verdict() == jp.kumiaidesk.approval.Verdict.APPROVED)
                    .map(d -> d.approverName()).distinct().reduce((a, b) -> a + "、" + b).orElse("")).append("）");
        }
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
        if (approval.deadline() != null && detail.state() == jp.kumiaidesk.sns.DraftState.IN_REVIEW) {
            text.append(" ").append(getTranslation("approval.status.deadline",
                    UnionTime.dateTime(approval.deadline(), getLocale())));
        }
        status.setText(text.toString());
        showing = true;
        boxes.forEach((item, box) -> box.setValue(detail.myTicks().contains(item)));
        showing = false;
        decide.setVisible(detail.canReview() && !approval.approvedBy(currentUser()));
        // in words on the draft (a phone shows no tooltips): why not, and who can
        whyNot.setText(detail.whyNotReview() == null ? "" : getTranslation(detail.whyNotReview(),
                detail.whoMayApprove().isEmpty() ? getTranslation("sns.why.nobody")
                        : String.join("ja".equals(getLocale().getLanguage()) ? "、" : ", ", detail.whoMayApprove())));
        whyNot.setVisible(detail.whyNotReview() != null);
        setVisible(detail.state() != jp.kumiaidesk.sns.DraftState.DRAFT);
        updateApprove();
    }

    private String currentUser() {
        return jp.kumiaidesk.base.SystemAuthentication.currentActor();
    }

    private void updateApprove() {
        boolean allTicked = boxes.values().stream().allMatch(Checkbox::getValue);
        boolean consent = detail.images().stream().allMatch(i -> i.consentSettled());
        approve.setEnabled(allTicked && consent);
        String why = !allTicked ? getTranslation("sns.error.checklist")
                : !consent ? getTranslation("sns.error.consent-missing") : "";
        approve.getElement().setAttribute("title", why);
        approveWhy.setText(why);
        approveWhy.setVisible(!why.isEmpty());
    }

    private void askReason(String titleKey, String helpKey, java.util.function.Consumer<String> decision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("sns.reason"));
        reason.setId("sns-reason");
        reason.setMaxLength(ApprovalService.COMMENT_MAX_LENGTH);
        reason.setWidthFull();
        reason.setHelperText(getTranslation(helpKey));
        FormErrors errors = new FormErrors().field(ApprovalService.FIELD_REASON, reason);
        Button confirm = new Button(getTranslation(titleKey), e -> {
            if (errors.submit(() -> decision.accept(reason.getValue()), reload)) {
                dialog.close();
                reload.run();
            }
        });
        confirm.setId("sns-reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
