package jp.kumiaidesk.base;

import java.util.regex.Pattern;

/**
 * What the union's free-text fields accept. Names and titles are shown in grids, PDFs and e-mails, so they must not
 * carry control characters or markup; Vaadin escapes text anyway, but a name like {@code <b>x</b>} is a mistake or
 * an attack, never a workplace. Services and forms use the same rules and the same translation keys.
 */
public final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D]]");
    private static final Pattern MARKUP = Pattern.compile("[<>]");

    private TextRules() {
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    public static boolean hasMarkup(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    /** Trims, including the ideographic space (U+3000) Japanese keyboards type. */
    public static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * The translation key of what is wrong with a one-line text, or {@code null} when it is acceptable.
     */
    public static String problemWithLine(String text, boolean required, int maxLength) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return required ? "validation.required" : null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            return "validation.too-long";
        }
        if (hasControlCharacters(cleaned)) {
            return "validation.control-characters";
        }
        if (hasMarkup(cleaned)) {
            return "validation.markup";
        }
        return null;
    }

    /** Throws {@link FieldRejectedException} for {@code field} when {@link #problemWithLine} finds a problem. */
    public static String requireLine(String field, String text, boolean required, int maxLength) {
        String problem = problemWithLine(text, required, maxLength);
        if (problem != null) {
            throw new FieldRejectedException(field, problem);
        }
        return clean(text);
    }

    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D\\n\\r\\t]]");
    private static final Pattern TAG = Pattern.compile("<\\s*[A-Za-z!/?]");

    /**
     * Like {@link #problemWithLine} for a text of several lines (notes, answers, a newsletter's lead): line breaks
     * and tabs are fine, other control characters are not, and neither is anything that looks like an HTML tag (a
     * lone {@code <} as in "3%<5%" is fine; every output escapes it anyway).
     */
    public static String problemWithText(String text, boolean required, int maxLength) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return required ? "validation.required" : null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            return "validation.too-long";
        }
        if (CONTROL_EXCEPT_LINES.matcher(cleaned).find()) {
            return "validation.control-characters";
        }
        if (TAG.matcher(cleaned).find()) {
            return "validation.markup";
        }
        return null;
    }

    /** Throws {@link FieldRejectedException} for {@code field} when {@link #problemWithText} finds a problem. */
    public static String requireText(String field, String text, boolean required, int maxLength) {
        String problem = problemWithText(text, required, maxLength);
        if (problem != null) {
            throw new FieldRejectedException(field, problem);
        }
        return clean(text).replace("\r\n", "\n");
    }
}
