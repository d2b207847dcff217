package jp.kumiaidesk.sns.ui;

import static jp.kumiaidesk.base.HtmlText.escape;

import java.util.Base64;

import com.vaadin.flow.component.Component;

import jp.kumiaidesk.base.HtmlPdf;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;
import jp.kumiaidesk.sns.CampaignViews.Banner;
import jp.kumiaidesk.sns.CampaignViews.CampaignDetail;
import jp.kumiaidesk.sns.CampaignViews.Step;

/**
 * The participants' how-to of a campaign, generated from it: when it starts, the hashtag, the organisers' note,
 * the sequence (who posts what, minute by minute, with the text), the approved banners, and the handbook's rules.
 * The same XHTML is the page and, with a print style, the A4 PDF.
 */
final class CampaignHowTo {

    static final String STYLE = "@page { size: A4; margin: 16mm 14mm; }"
            + "body { font-family: " + HtmlPdf.FONT_FAMILY + "; font-size: 10pt; color: #222; }"
            + "h1 { font-size: 18pt; color: #1a4e8a; margin: 0 0 2mm 0; } h2 { font-size: 12pt; color: #1a4e8a; }"
            + ".tag { font-size: 14pt; font-weight: bold; } table { width: 100%; border-collapse: collapse; }"
            + "th { background: #1a4e8a; color: white; font-weight: normal; text-align: left; padding: 1.5mm; }"
            + "td { border-bottom: 0.3mm solid #ccd; padding: 1.5mm; vertical-align: top; white-space: pre-wrap; }"
            + "img { max-width: 80mm; max-height: 60mm; margin: 1mm; }";

    private CampaignHowTo() {
    }

    /** The how-to as one {@code <div>} of well-formed XHTML. */
    static String body(Component in, java.util.Locale locale, CampaignDetail campaign, ImageService images) {
        StringBuilder html = new StringBuilder("<div class=\"kd-how-to\">");
        html.append("<h1>").append(escape(in.getTranslation("sns.how-to.title", campaign.form().name())))
                .append("</h1>");
        html.append("<p>").append(escape(campaign.form().startsAt() == null
                ? in.getTranslation("sns.campaign.no-start")
                : in.getTranslation("sns.how-to.starts", UnionTime.dateTime(
                        campaign.form().startsAt().atZone(UnionTime.ZONE).toInstant(), locale))))
                .append("</p>");
        html.append("<p>").append(escape(in.getTranslation("sns.how-to.hashtag"))).append(" <span class=\"tag\">")
                .append(escape(campaign.form().hashtag())).append("</span></p>");
        if (campaign.form().howTo() != null) {
            html.append("<p style=\"white-space: pre-wrap\">").append(escape(campaign.form().howTo())).append("</p>");
        }
        html.append("<h2>").append(escape(in.getTranslation("sns.how-to.steps"))).append("</h2><ol>");
        for (String key : new String[] {"sns.how-to.step1", "sns.how-to.step2", "sns.how-to.step3"}) {
            html.append("<li>").append(escape(in.getTranslation(key, campaign.form().hashtag()))).append("</li>");
        }
        html.append("</ol><h2>").append(escape(in.getTranslation("sns.campaign.sequence"))).append("</h2>");
        html.append("<table><thead><tr><th>").append(escape(in.getTranslation("sns.how-to.when")))
                .append("</th><th>").append(escape(in.getTranslation("sns.campaign.poster"))).append("</th><th>")
                .append(escape(in.getTranslation("sns.how-to.text"))).append("</th></tr></thead><tbody>");
        for (Step step : campaign.steps()) {
            html.append("<tr><td>").append(escape(SequenceText.minute(in, step))).append("</td><td>")
                    .append(escape(step.poster())).append("</td><td>")
                    .append(escape(step.draftPost() == null ? "" : step.approved() ? step.draftPost()
                            : in.getTranslation("sns.how-to.not-approved")))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        html.append("<h2>").append(escape(in.getTranslation("sns.campaign.banners"))).append("</h2><div>");
        boolean any = false;
        for (Banner banner : campaign.banners()) {
            if (banner.approved()) {
                StoredImage image = images.load(banner.imageId());
                html.append("<img alt=\"").append(escape(in.getTranslation("sns.image-alt", banner.imageId())))
                        .append("\" src=\"data:").append(image.contentType()).append(";base64,")
                        .append(Base64.getEncoder().encodeToString(image.bytes())).append("\" />");
                any = true;
            }
        }
        if (!any) {
            html.append("<p>").append(escape(in.getTranslation("sns.how-to.no-banners"))).append("</p>");
        }
        html.append("</div><h2>").append(escape(in.getTranslation("sns.how-to.rules"))).append("</h2><ul>");
        for (String key : new String[] {"sns.how-to.rule1", "sns.how-to.rule2", "sns.how-to.rule3",
                "sns.how-to.rule4", "sns.how-to.rule5"}) {
            html.append("<li>").append(escape(in.getTranslation(key))).append("</li>");
        }
        return html.append("</ul></div>").toString();
    }

    /** The how-to as an A4 PDF. */
    static byte[] pdf(Component in, java.util.Locale locale, CampaignDetail campaign, ImageService images,
            HtmlPdf pdf) {
        return pdf.render("<html><head><style>" + STYLE + "</style></head><body>" + body(in, locale, campaign, images)
                + "</body></html>");
    }
}
