package jp.kumiaidesk.newsletter;

import static jp.kumiaidesk.base.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretariat's plain text as XHTML: a blank line starts a paragraph, lines starting with "・" or "- " form a
 * list, {@code **bold**} is bold. Everything the user typed is escaped first, so no markup of theirs ever reaches a
 * page or a PDF.
 */
final class NewsletterText {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u3000]*\\n");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private NewsletterText() {
    }

    static String toXhtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : BLANK_LINE.split(text.replace("\r\n", "\n").strip())) {
            List<String> paragraph = new ArrayList<>();
            List<String> list = new ArrayList<>();
            for (String line : block.split("\n")) {
                String item = listItem(line);
                if (item != null) {
                    flushParagraph(html, paragraph);
                    list.add(item);
                } else if (!line.isBlank()) {
                    flushList(html, list);
                    paragraph.add(line.strip());
                }
            }
            flushParagraph(html, paragraph);
            flushList(html, list);
        }
        return html.toString();
    }

    private static String listItem(String line) {
        String s = line.stripLeading();
        if (s.startsWith("・")) {
            return s.substring(1).strip();
        }
        if (s.startsWith("- ")) {
            return s.substring(2).strip();
        }
        return null;
    }

    private static void flushParagraph(StringBuilder html, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p>").append(String.join("<br/>", lines.stream().map(NewsletterText::inline).toList()))
                .append("</p>");
        lines.clear();
    }

    private static void flushList(StringBuilder html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(i -> html.append("<li>").append(inline(i)).append("</li>"));
        html.append("</ul>");
        items.clear();
    }

    /** Escaped text with **bold**. */
    static String inline(String text) {
        Matcher m = BOLD.matcher(escape(text));
        return m.replaceAll("<strong>$1</strong>");
    }
}
