package jp.kumiaidesk.sns.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.security.CurrentUser;
import jp.kumiaidesk.sns.CampaignService;
import jp.kumiaidesk.sns.CampaignViews.Banner;
import jp.kumiaidesk.sns.CampaignViews.CampaignDetail;
import jp.kumiaidesk.sns.CampaignViews.CampaignDraft;
import jp.kumiaidesk.sns.CampaignViews.CampaignForm;
import jp.kumiaidesk.sns.CampaignViews.Readiness;
import jp.kumiaidesk.sns.CampaignViews.Step;

/**
 * One campaign (X デモ): its name, hashtag and start; the minute-by-minute sequence of who posts which draft; the
 * banner pack (each image approved once, after consent); how ready it is; and the how-to for participants.
 */
@Route("sns/campaigns/:id")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class CampaignView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CampaignService campaigns;
    private final boolean executive;
    private final H2 heading = new H2();
    private final TextField name = new TextField();
    private final TextField hashtag = new TextField();
    private final DateTimePicker start = new DateTimePicker();
    private final TextArea howTo = new TextArea();
    private final Div readiness = new Div();
    private final UnorderedList sequence = new UnorderedList();
    private final IntegerField offset = new IntegerField();
    private final TextField poster = new TextField();
    private final ComboBox<CampaignDraft> draft = new ComboBox<>();
    private final Div draftWarnings = new Div();
    private final DraftImages bannerEditor;
    private final Div bannerApprovals = new Div();
    private final RouterLink howToLink = new RouterLink();
    private long id;
    private CampaignDetail detail;

    CampaignView(CampaignService campaigns, ImageService images, CurrentUser user) {
        this.campaigns = campaigns;
        this.executive = user.has(jp.kumiaidesk.base.Role.EXECUTIVE);
        addClassName("kd-view");
        bannerEditor = new DraftImages(images, this::bannersChanged, user.username(), user.displayName());
        add(heading, details(), readinessCard(), sequenceCard(), bannerCard(), howToLink);
    }

    private Div details() {
        name.setLabel(getTranslation("sns.campaign.name"));
        name.setId("campaign-name");
        name.setMaxLength(CampaignForm.NAME_MAX_LENGTH);
        hashtag.setLabel(getTranslation("sns.campaign.hashtag"));
        hashtag.setId("campaign-hashtag");
        start.setLabel(getTranslation("sns.campaign.starts-at"));
        start.setId("campaign-starts-at");
        start.setLocale(getLocale());
        start.setStep(java.time.Duration.ofMinutes(15));
        howTo.setLabel(getTranslation("sns.campaign.how-to"));
        howTo.setId("campaign-how-to");
        howTo.setMaxLength(CampaignForm.HOW_TO_MAX_LENGTH);
        howTo.setHelperText(getTranslation("sns.campaign.how-to-help"));
        FormErrors errors = new FormErrors().field(CampaignService.FIELD_NAME, name)
                .field(CampaignService.FIELD_HASHTAG, hashtag).field(CampaignService.FIELD_STARTS_AT, start)
                .field(CampaignService.FIELD_HOW_TO, howTo);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.submit(() -> campaigns.update(id, detail.version(), new CampaignForm(name.getValue(),
                    hashtag.getValue(), start.getValue(), howTo.getValue())), this::reload)) {
                FormErrors.success(getTranslation("action.saved"));
                reload();
            }
        });
        save.setId("campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, hashtag, start, howTo);
        form.setColspan(howTo, 2);
        Div card = new Div(form, save);
        card.addClassName("kd-card");
        return card;
    }

    private Div readinessCard() {
        readiness.setId("campaign-readiness");
        Div card = new Div(new H3(getTranslation("sns.campaign.readiness")), readiness);
        card.addClassName("kd-card");
        return card;
    }

    private Div sequenceCard() {
        sequence.setId("campaign-sequence");
        sequence.addClassName("kd-sequence");
        offset.setLabel(getTranslation("sns.campaign.offset"));
        offset.setId("campaign-step-offset");
        offset.setMin(0);
        offset.setMax(CampaignService.MAX_OFFSET_MINUTES);
        offset.setStepButtonsVisible(true);
        offset.setHelperText(getTranslation("sns.campaign.offset-help"));
        poster.setLabel(getTranslation("sns.campaign.poster"));
        poster.setId("campaign-step-poster");
        poster.setMaxLength(CampaignService.POSTER_MAX_LENGTH);
        poster.setPlaceholder(getTranslation("sns.campaign.poster-placeholder"));
        draft.setLabel(getTranslation("sns.campaign.draft"));
        draft.setId("campaign-step-draft");
        draft.setItemLabelGenerator(d -> d.title() + "（" + getTranslation(d.state().labelKey()) + "）");
        draft.setClearButtonVisible(true);
        draft.setHelperText(getTranslation("sns.campaign.draft-help"));
        FormErrors errors = new FormErrors().field(CampaignService.FIELD_OFFSET, offset)
                .field(CampaignService.FIELD_POSTER, poster).field(CampaignService.FIELD_DRAFT, draft);
        Button add = new Button(getTranslation("sns.campaign.add-step"), e -> {
            if (errors.submit(() -> campaigns.addStep(id, offset.getValue(), poster.getValue(),
                    draft.getValue() == null ? null : draft.getValue().id()), null)) {
                offset.clear();
                poster.clear();
                draft.clear();
                reload();
            }
        });
        add.setId("campaign-step-add");
        HorizontalLayout row = new HorizontalLayout(offset, poster, draft, add);
        row.addClassName("kd-wrap");
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        draftWarnings.setId("campaign-draft-warnings");
        Div card = new Div(new H3(getTranslation("sns.campaign.sequence")), sequence, row, draftWarnings);
        card.addClassName("kd-card");
        return card;
    }

    private Div bannerCard() {
        bannerApprovals.setId("campaign-banners");
        Div card = new Div(new H3(getTranslation("sns.campaign.banners")),
                new Paragraph(getTranslation("sns.campaign.banners-help")), bannerEditor, bannerApprovals);
        card.addClassName("kd-card");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    void reload() {
        detail = campaigns.get(id);
        CampaignForm form = detail.form();
        heading.setText(form.name());
        name.setValue(form.name());
        hashtag.setValue(form.hashtag());
        start.setValue(form.startsAt());
        howTo.setValue(form.howTo() == null ? "" : form.howTo());
        showReadiness(detail.readiness());
        showSequence();
        draft.setItems(detail.drafts().stream().filter(d -> detail.steps().stream()
                .noneMatch(s -> Long.valueOf(d.id()).equals(s.draftId()))).toList());
        showDraftWarnings();
        bannerEditor.setIds(detail.banners().stream().map(Banner::imageId).toList());
        bannerEditor.show(null);
        showBannerApprovals();
        howToLink.setText(getTranslation("sns.campaign.how-to-open"));
        howToLink.setRoute(CampaignHowToView.class, new RouteParameters("id", String.valueOf(id)));
        howToLink.setId("campaign-how-to-link");
    }

    private void showReadiness(Readiness r) {
        readiness.removeAll();
        readiness.add(line(r.steps() > 0 && r.draftsApproved() == r.steps(),
                getTranslation("sns.campaign.ready-drafts", r.draftsApproved(), r.steps())));
        readiness.add(line(r.bannersApproved() == r.banners(),
                getTranslation("sns.campaign.ready-banners", r.bannersApproved(), r.banners())));
        readiness.add(line(r.steps() > 0 && r.postersAssigned() == r.steps(),
                getTranslation("sns.campaign.ready-posters", r.postersAssigned(), r.steps())));
        Paragraph overall = new Paragraph(getTranslation(r.ready() ? "sns.campaign.ready" : "sns.campaign.not-ready"));
        overall.addClassName(r.ready() ? "kd-ok" : "kd-warning");
        readiness.add(overall);
    }

    private static Div line(boolean done, String text) {
        Div line = new Div((done ? "✓ " : "✗ ") + text);
        line.addClassName(done ? "kd-ok" : "kd-warning");
        return line;
    }

    private void showSequence() {
        sequence.removeAll();
        if (detail.steps().isEmpty()) {
            sequence.add(new ListItem(getTranslation("sns.campaign.no-steps")));
        }
        for (Step step : detail.steps()) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-testid", "campaign-step");
            Span minute = new Span(SequenceText.minute(this, step));
            minute.addClassName("kd-minute");
            Span who = new Span(step.poster() == null || step.poster().isBlank()
                    ? getTranslation("sns.campaign.no-poster") : step.poster());
            item.add(minute, who);
            if (step.draftId() != null) {
                item.add(new RouterLink(step.draftTitle(), DraftView.class,
                        new RouteParameters("id", String.valueOf(step.draftId()))),
                        new Span(getTranslation(step.draftState().labelKey())));
                if (!step.missingHashtags().isEmpty()) {
                    Span warning = new Span(getTranslation("sns.campaign-hashtag-missing",
                            String.join(" ", step.missingHashtags())));
                    warning.addClassName("kd-warning");
                    item.add(warning);
                }
            } else {
                Span none = new Span(getTranslation("sns.campaign.no-draft"));
                none.addClassName("kd-warning");
                item.add(none);
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                campaigns.removeStep(id, step.id());
                reload();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("sns.campaign.remove-step"));
            item.add(remove);
            sequence.add(item);
        }
    }

    private void showDraftWarnings() {
        draftWarnings.removeAll();
        for (CampaignDraft d : detail.drafts()) {
            if (!d.missingHashtags().isEmpty()) {
                Div warning = new Div(new RouterLink(d.title(), DraftView.class,
                        new RouteParameters("id", String.valueOf(d.id()))),
                        new Span(" " + getTranslation("sns.campaign-hashtag-missing",
                                String.join(" ", d.missingHashtags()))));
                warning.addClassName("kd-warning");
                draftWarnings.add(warning);
            }
        }
    }

    private void showBannerApprovals() {
        bannerApprovals.removeAll();
        for (Banner banner : detail.banners()) {
            Div row = new Div(new Span(getTranslation("sns.image-alt", banner.imageId()) + " "));
            if (banner.approved()) {
                Span ok = new Span(getTranslation("sns.campaign.banner-approved", banner.approvedByName(),
                        UnionTime.dateTime(banner.approvedAt(), getLocale())));
                ok.addClassName("kd-ok");
                row.add(ok);
            } else {
                Button approve = new Button(getTranslation("sns.campaign.approve-banner"));
                approve.setId("campaign-approve-banner-" + banner.imageId());
                approve.setEnabled(executive && banner.consentSettled());
                approve.addClickListener(e -> {
                    if (new FormErrors().submit(() -> campaigns.approveBanner(id, banner.imageId()), this::reload)) {
                        reload();
                    }
                });
                Span why = new Span(!executive ? getTranslation("sns.campaign.why.executives-approve")
                        : !banner.consentSettled() ? getTranslation("sns.error.consent-missing") : "");
                why.addClassName("kd-why");
                row.add(approve, why);
            }
            bannerApprovals.add(row);
        }
    }

    private void bannersChanged() {
        Set<Long> now = new HashSet<>(bannerEditor.ids());
        List<Long> before = detail.banners().stream().map(Banner::imageId).toList();
        FormErrors errors = new FormErrors();
        errors.submit(() -> {
            for (Long imageId : now) {
                if (!before.contains(imageId)) {
                    campaigns.addBanner(id, imageId);
                }
            }
            for (Long imageId : before) {
                if (!now.contains(imageId)) {
                    campaigns.removeBanner(id, imageId);
                }
            }
        }, null);
        reload();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sns.campaigns");
    }
}
