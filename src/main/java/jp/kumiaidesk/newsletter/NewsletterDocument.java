package jp.kumiaidesk.newsletter;

import java.util.List;

import jp.kumiaidesk.base.HtmlPdf;
import jp.kumiaidesk.base.HtmlText;
import jp.kumiaidesk.base.UnionTime;

/**
 * The one template of a newsletter, as XHTML: the members' web page and the A4 sheet for bulletin boards (rendered
 * to PDF by {@link HtmlPdf}) are the same document; only how photos are referenced, the QR code (print) and the PDF
 * link (web) differ. The newsletter is written in Japanese, so are its fixed labels.
 */
final class NewsletterDocument {

    enum Medium { PRINT, WEB }

    private static final String CSS = """
            @page { size: A4; margin: 14mm 15mm 14mm 15mm; }
            body { font-family: IPAexGothic, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", Meiryo, sans-serif;
              color: #1b1b1b; line-height: 1.6; margin: 0; }
            .page { max-width: 44rem; margin: 0 auto; padding: 0.5rem 0.9rem 2rem 0.9rem; }
            .masthead { border-bottom: 3px solid #1a4e8a; padding-bottom: 4px; margin-bottom: 8px; }
            .masthead table { width: 100%; border-collapse: collapse; }
            .union { font-size: 11pt; color: #1a4e8a; font-weight: bold; }
            .paper { font-size: 22pt; font-weight: bold; color: #1a4e8a; letter-spacing: 0.1em; }
            .meta { text-align: right; font-size: 10pt; }
            h1 { font-size: 18pt; line-height: 1.35; margin: 10px 0 6px 0; }
            h2 { font-size: 12pt; color: #fff; background: #1a4e8a; padding: 2px 8px; margin: 14px 0 6px 0; }
            .lead { font-size: 11pt; }
            p { margin: 0 0 6px 0; }
            ul { margin: 0 0 6px 0; padding-left: 1.4em; }
            table.answers { width: 100%; border-collapse: collapse; font-size: 10pt; }
            table.answers th { background: #e8eef7; text-align: left; }
            table.answers th, table.answers td { border: 1px solid #9fb3cf; padding: 4px 6px; vertical-align: top; }
            table.answers td.demand { width: 38%; font-weight: bold; }
            .photos img { width: 85mm; height: auto; margin: 4px 6px 4px 0; }
            .footer { margin-top: 14px; border-top: 1px solid #9fb3cf; padding-top: 6px; font-size: 9pt; }
            .footer td { vertical-align: middle; }
            .qr { width: 28mm; height: 28mm; }
            .url { word-break: break-all; }
            """;

    /** Phones only; openhtmltopdf does not read media queries, so the printed sheet never sees this. */
    private static final String SCREEN_CSS = """
            .photos img { max-width: 100%; }
            @media screen and (max-width: 600px) {
              h1 { font-size: 1.35rem; } .paper { font-size: 1.5rem; }
              table.answers td.demand { width: auto; } .photos img { width: 100%; }
            }
            """;

    private NewsletterDocument() {
    }

    /**
     * @param photoSources one {@code src} per photo (data URIs for print, URLs for the web)
     * @param qrPng the QR code (print only)
     * @param webUrl the members' page, printed under the QR code
     * @param pdfUrl the PDF, linked from the web page
     */
    static String xhtml(String unionName, NewsletterView issue, Medium medium, List<String> photoSources,
            byte[] qrPng, String webUrl, String pdfUrl) {
        NewsletterForm f = issue.form();
        StringBuilder h = new StringBuilder(8 * 1024);
        String number = issue.number() == null ? "第—号" : "第" + issue.number() + "号";
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(HtmlText.escape(f.headline())).append(" | ")
                .append(HtmlText.escape(unionName)).append("</title>")
                .append("<style>").append(CSS).append(medium == Medium.WEB ? SCREEN_CSS : "")
                .append("</style></head><body><div class=\"page\">");
        h.append("<div class=\"masthead\"><table><tr><td><div class=\"union\">")
                .append(HtmlText.escape(unionName)).append("</div><div class=\"paper\">速報</div></td>")
                .append("<td class=\"meta\"><div id=\"issue-number\">").append(number).append("</div><div>")
                .append(UnionTime.date(f.issueDate(), java.util.Locale.JAPANESE)).append("</div></td></tr></table></div>");
        h.append("<h1>").append(NewsletterText.inline(f.headline())).append("</h1>");
        h.append("<div class=\"lead\">").append(NewsletterText.toXhtml(f.lead())).append("</div>");
        if (!f.rows().isEmpty()) {
            h.append("<h2>要求と当局回答</h2><table class=\"answers\"><thead><tr><th>要求項目</th><th>当局回答</th>")
                    .append("</tr></thead><tbody>");
            for (NewsletterRow row : f.rows()) {
                h.append("<tr><td class=\"demand\">").append(NewsletterText.inline(row.demand()))
                        .append("</td><td>").append(NewsletterText.toXhtml(row.answer())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        section(h, "合意事項", f.agreements());
        if (!photoSources.isEmpty()) {
            h.append("<div class=\"photos\">");
            for (String src : photoSources) {
                h.append("<img alt=\"\" src=\"").append(HtmlText.escape(src)).append("\"/>");
            }
            h.append("</div>");
        }
        section(h, "今後の取り組み", f.nextSteps());
        h.append("<div class=\"footer\">");
        if (medium == Medium.PRINT && qrPng != null) {
            h.append("<table><tr><td><img class=\"qr\" alt=\"QR\" src=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(qrPng)).append("\"/></td><td>")
                    .append("スマートフォンでも読めます（QRコード）<br/><span class=\"url\">")
                    .append(HtmlText.escape(webUrl)).append("</span></td></tr></table>");
        }
        if (medium == Medium.WEB && pdfUrl != null) {
            h.append("<p><a href=\"").append(HtmlText.escape(pdfUrl))
                    .append("\">印刷用PDF（職場掲示用）</a></p>");
        }
        h.append("<p>発行：").append(HtmlText.escape(unionName)).append("</p></div>");
        h.append("</div></body></html>");
        return h.toString();
    }

    private static void section(StringBuilder h, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        h.append("<h2>").append(title).append("</h2>").append(NewsletterText.toXhtml(text));
    }
}
