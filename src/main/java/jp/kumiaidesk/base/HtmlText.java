package jp.kumiaidesk.base;

/**
 * Text put into HTML or XHTML the app writes itself (the newsletter's page and PDF, the campaign how-to and monthly
 * review PDFs, the one-element menus, tables and previews of the UI): every character that could be markup escaped,
 * quotes too (so the same text is safe inside an attribute), and the control characters XML 1.0 cannot carry dropped
 * (the PDF renderer parses XHTML; the services reject them anyway). The one escaping helper of the app.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
