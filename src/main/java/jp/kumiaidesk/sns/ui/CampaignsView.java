package jp.kumiaidesk.sns.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.CampaignService;
import jp.kumiaidesk.sns.CampaignViews.CampaignForm;
import jp.kumiaidesk.sns.CampaignViews.CampaignRow;

/** The campaigns (X デモ): each with its hashtag, start and readiness; a new one starts with name, hashtag, start. */
@Route("sns/campaigns")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class CampaignsView extends Main implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final Grid<CampaignRow> grid = new Grid<>(CampaignRow.class, false);

    CampaignsView(CampaignService campaigns) {
        this.campaigns = campaigns;
        addClassName("kd-view");
        grid.setId("campaigns");
        grid.addComponentColumn(c -> new RouterLink(c.name(), CampaignView.class,
                new RouteParameters("id", String.valueOf(c.id())))).setHeader(getTranslation("sns.campaign.name"))
                .setFlexGrow(2);
        grid.addColumn(CampaignRow::hashtag).setHeader(getTranslation("sns.campaign.hashtag"));
        grid.addColumn(c -> c.startsAt() == null ? getTranslation("sns.campaign.no-start")
                : UnionTime.dateTime(c.startsAt(), getLocale())).setHeader(getTranslation("sns.campaign.starts-at"));
        grid.addColumn(c -> ReadinessText.summary(this, c.readiness()))
                .setHeader(getTranslation("sns.campaign.readiness")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sns.campaign.none"));
        add(new Paragraph(getTranslation("sns.campaign.help")), newCampaign(), grid);
        grid.setItems(campaigns.list());
    }

    private Div newCampaign() {
        TextField name = new TextField(getTranslation("sns.campaign.name"));
        name.setId("campaign-name");
        name.setMaxLength(CampaignForm.NAME_MAX_LENGTH);
        TextField hashtag = new TextField(getTranslation("sns.campaign.hashtag"));
        hashtag.setId("campaign-hashtag");
        hashtag.setPlaceholder("#看護師の五輪派遣は困ります");
        DateTimePicker start = new DateTimePicker(getTranslation("sns.campaign.starts-at"));
        start.setId("campaign-starts-at");
        start.setLocale(getLocale());
        start.setStep(java.time.Duration.ofMinutes(15));
        FormErrors errors = new FormErrors().field(CampaignService.FIELD_NAME, name)
                .field(CampaignService.FIELD_HASHTAG, hashtag).field(CampaignService.FIELD_STARTS_AT, start);
        long[] created = new long[1];
        Button create = new Button(getTranslation("sns.campaign.create"), e -> {
            if (errors.submit(() -> created[0] = campaigns.create(new CampaignForm(name.getValue(),
                    hashtag.getValue(), start.getValue(), null)), null)) {
                UI.getCurrent().navigate(CampaignView.class, new RouteParameters("id", String.valueOf(created[0])));
            }
        });
        create.setId("campaign-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, hashtag, start, create);
        row.addClassName("kd-wrap");
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div card = new Div(new H3(getTranslation("sns.campaign.new")), row);
        card.addClassName("kd-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sns.campaigns");
    }
}
