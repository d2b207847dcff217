package jp.kumiaidesk.sns.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.kumiaidesk.base.HtmlPdf;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.sns.CampaignService;
import jp.kumiaidesk.sns.CampaignViews.CampaignDetail;

/** The participants' how-to of a campaign, as a page and as an A4 PDF to hand out or attach. */
@Route("sns/campaigns/:id/howto")
@RolesAllowed({Roles.RECRUITER, Roles.SECRETARIAT, Roles.EXECUTIVE})
final class CampaignHowToView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CampaignService campaigns;
    private final ImageService images;
    private final HtmlPdf pdf;
    private final Div content = new Div();
    private final Anchor download = new Anchor();
    private final RouterLink back = new RouterLink();

    CampaignHowToView(CampaignService campaigns, ImageService images, HtmlPdf pdf) {
        this.campaigns = campaigns;
        this.images = images;
        this.pdf = pdf;
        addClassName("kd-view");
        content.setId("campaign-how-to");
        content.addClassName("kd-card");
        download.setText(getTranslation("sns.how-to.pdf"));
        download.setId("campaign-how-to-pdf");
        download.setTarget("_blank");
        back.setText(getTranslation("sns.how-to.back"));
        HorizontalLayout tools = new HorizontalLayout(back, download);
        tools.addClassName("kd-wrap");
        add(tools, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        CampaignDetail campaign;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            campaign = campaigns.get(id);
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        content.removeAll();
        content.add(new Html(CampaignHowTo.body(this, getLocale(), campaign, images)));
        back.setRoute(CampaignView.class, new RouteParameters("id", String.valueOf(id)));
        java.util.Locale locale = getLocale();
        download.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = CampaignHowTo.pdf(this, locale, campaigns.get(id), images, pdf);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "campaign-" + id + ".pdf",
                    "application/pdf", bytes.length);
        }));
    }

    /** The PDF of the campaign as it is now (also what tests read). */
    byte[] howToPdf(long id) {
        return CampaignHowTo.pdf(this, getLocale(), campaigns.get(id), images, pdf);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sns.how-to");
    }
}
