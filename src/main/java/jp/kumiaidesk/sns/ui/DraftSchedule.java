package jp.kumiaidesk.sns.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.DraftForm;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsViews.Campaign;

/**
 * The account, posting time, approval deadline and campaign of a draft. Shown as one line of text with a button
 * until someone changes them: most drafts keep the union's account and no times while they are written, and the four
 * fields cost ~44 KB of every open editor (issue #16). The fields are built on the button, or when the server rejects
 * one of them (its message goes next to it, as everywhere). Until then the values are kept here.
 */
final class DraftSchedule extends Div {

    private final SnsDraftService drafts;
    private final Supplier<List<String>> accountSuggestions;
    private final Runnable changed;
    private final Span summary = new Span();
    private final LightButton edit = new LightButton();

    private String account;
    private LocalDateTime postAt;
    private LocalDateTime approveBy;
    private Campaign campaign;
    private boolean readOnly;
    private Fields fields;

    /** The four fields, once built. */
    private record Fields(ComboBox<String> account, DateTimePicker postAt, DateTimePicker approveBy,
            ComboBox<Campaign> campaign) {
    }

    /**
     * @param changed called on a change the user made (the editor's autosave)
     * @param errors  the editor's form errors: the four fields are registered under the service's names now, and
     *                a rejected value builds them
     */
    DraftSchedule(SnsDraftService drafts, Supplier<List<String>> accountSuggestions, Runnable changed,
            FormErrors errors) {
        this.drafts = drafts;
        this.accountSuggestions = accountSuggestions;
        this.changed = changed;
        setId("sns-schedule");
        addClassName("kd-draft-schedule");
        summary.setId("sns-schedule-summary");
        summary.addClassName("kd-muted");
        edit.setText(getTranslation("sns.schedule-edit"));
        edit.setId("sns-schedule-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.addClickListener(e -> open().account().focus());
        add(summary, edit);
        errors.field(SnsDraftService.FIELD_ACCOUNT, new Opening(Fields::account))
                .field(SnsDraftService.FIELD_POST_AT, new Opening(Fields::postAt))
                .field(SnsDraftService.FIELD_APPROVE_BY, new Opening(Fields::approveBy))
                .field(SnsDraftService.FIELD_CAMPAIGN, new Opening(Fields::campaign));
    }

    /** Shows a stored (or new) draft's values. */
    void show(DraftForm form) {
        account = form.targetAccount();
        postAt = form.postAt();
        approveBy = form.approveBy();
        // read once, and only when needed: for the draft's campaign, or as the open field's items
        List<Campaign> campaigns = form.campaignId() != null || fields != null ? drafts.campaigns() : List.of();
        campaign = form.campaignId() == null ? null
                : campaigns.stream().filter(c -> c.id() == form.campaignId()).findFirst().orElse(null);
        if (fields != null) {
            fields.campaign().setItems(campaigns);
            fields.account().setValue(account);
            fields.postAt().setValue(postAt);
            fields.approveBy().setValue(approveBy);
            fields.campaign().setValue(campaign);
        }
        showSummary();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        edit.setVisible(!readOnly && fields == null);
        if (fields != null) {
            fields.account().setReadOnly(readOnly);
            fields.postAt().setReadOnly(readOnly);
            fields.approveBy().setReadOnly(readOnly);
            fields.campaign().setReadOnly(readOnly);
        }
    }

    String account() {
        return fields == null ? account : fields.account().getValue();
    }

    LocalDateTime postAt() {
        return fields == null ? postAt : fields.postAt().getValue();
    }

    LocalDateTime approveBy() {
        return fields == null ? approveBy : fields.approveBy().getValue();
    }

    Campaign campaign() {
        return fields == null ? campaign : fields.campaign().getValue();
    }

    boolean isOpen() {
        return fields != null;
    }

    private void showSummary() {
        String unset = getTranslation("sns.schedule-unset");
        summary.setText(getTranslation("sns.schedule-summary",
                account == null || account.isBlank() ? unset : account,
                postAt == null ? unset : UnionTime.dateTime(postAt.atZone(UnionTime.ZONE).toInstant(), getLocale()),
                approveBy == null ? getTranslation("sns.schedule-default-deadline")
                        : UnionTime.dateTime(approveBy.atZone(UnionTime.ZONE).toInstant(), getLocale()),
                campaign == null ? getTranslation("sns.schedule-no-campaign") : campaign.name()));
    }

    /** Builds the four fields in place of the summary line (once) and returns them. */
    private Fields open() {
        if (fields != null) {
            return fields;
        }
        ComboBox<String> accountBox = new ComboBox<>(getTranslation("sns.account"));
        accountBox.setId("sns-account");
        accountBox.setAllowCustomValue(true);
        accountBox.setItems(accountSuggestions.get());
        accountBox.addCustomValueSetListener(e -> {
            accountBox.setValue(e.getDetail());
            changed.run();
        });
        accountBox.setHelperText(getTranslation("sns.account-help"));
        DateTimePicker postAtPicker = picker("sns.post-at", "sns-post-at");
        DateTimePicker approveByPicker = picker("sns.approve-by", "sns-approve-by");
        approveByPicker.setHelperText(getTranslation("sns.approve-by-help"));
        ComboBox<Campaign> campaignBox = new ComboBox<>(getTranslation("sns.campaign"));
        campaignBox.setId("sns-campaign");
        campaignBox.setClearButtonVisible(true);
        campaignBox.setItemLabelGenerator(Campaign::name);
        campaignBox.setAllowCustomValue(true);
        campaignBox.setItems(drafts.campaigns());
        FormErrors created = new FormErrors().field(SnsDraftService.FIELD_CAMPAIGN, campaignBox);
        campaignBox.addCustomValueSetListener(e -> created.submit(() -> {
            Campaign made = drafts.campaign(e.getDetail(), null);
            campaignBox.setItems(drafts.campaigns());
            campaignBox.setValue(made);
            changed.run();
        }, null));
        fields = new Fields(accountBox, postAtPicker, approveByPicker, campaignBox);
        accountBox.setValue(account);
        postAtPicker.setValue(postAt);
        approveByPicker.setValue(approveBy);
        campaignBox.setValue(campaign);
        List<HasValue<?, ?>> inputs = List.of(accountBox, postAtPicker, approveByPicker, campaignBox);
        inputs.forEach(input -> input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        }));
        removeAll();
        add(accountBox, postAtPicker, approveByPicker, campaignBox);
        setReadOnly(readOnly);
        return fields;
    }

    private DateTimePicker picker(String labelKey, String id) {
        DateTimePicker picker = new DateTimePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    /**
     * What the editor's {@link FormErrors} holds for a field of the schedule: clearing errors leaves the summary line
     * as it is, a rejected value builds the fields, puts the message next to its field and focuses it.
     */
    private final class Opening implements HasValidation {

        private final Function<Fields, HasValidation> field;

        Opening(Function<Fields, HasValidation> field) {
            this.field = field;
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            if (errorMessage != null || fields != null) {
                field.apply(open()).setErrorMessage(errorMessage);
            }
        }

        @Override
        public String getErrorMessage() {
            return fields == null ? null : field.apply(fields).getErrorMessage();
        }

        @Override
        public void setInvalid(boolean invalid) {
            if (invalid || fields != null) {
                HasValidation shown = field.apply(open());
                shown.setInvalid(invalid);
                if (invalid && shown instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            }
        }

        @Override
        public boolean isInvalid() {
            return fields != null && field.apply(fields).isInvalid();
        }
    }
}
