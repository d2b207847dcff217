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
    /** In longer texts "<" may be prose ("3<5"); what looks like a tag or an entity is not. */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]|&#?[A-Za-z0-9]+;");
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\r\\n\\t]");

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

    /**
     * The translation key of what is wrong with a multi-line text (line breaks and tabs allowed; other control
     * characters, tags and HTML entities not), or {@code null}. Emptiness is the caller's rule.
     */
    public static String problemWithText(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return "validation.too-long";
        }
        if (hasControlCharacters(LINE_BREAKS_AND_TABS.matcher(text).replaceAll(""))) {
            return "validation.control-characters";
        }
        if (TAG.matcher(text).find()) {
            return "validation.markup";
        }
        return null;
    }

    /**
     * Checks a multi-line text with {@link #problemWithText} (and, when {@code required}, that it is not empty),
     * throwing {@link FieldRejectedException} for {@code field}; returns it trimmed, with Unix line breaks.
     */
    public static String requireText(String field, String text, boolean required, int maxLength) {
        String cleaned = clean(text).replace("\r\n", "\n");
        String problem = cleaned.isEmpty() ? (required ? "validation.required" : null)
                : problemWithText(cleaned, maxLength);
        if (problem != null) {
            throw new FieldRejectedException(field, problem);
        }
        return cleaned;
    }
}
