package jp.kumiaidesk.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The UI's translations (vaadin-i18n) for what is written outside a view: CSV and PDF exports, mail, audit details.
 * Enum values are shown by their translation key ({@code prefix + name()}); dates in files as 2026/11/27 in Japanese
 * (Excel reads it as a date) and 2026-11-27 in English.
 */
@Component
public class Translations {

    private static final DateTimeFormatter JA_FILE_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter JA_FILE_DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm");
    private static final DateTimeFormatter EN_FILE_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final MessageSource messages;

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, language(locale));
    }

    /** An enum value as a user reads it: the translation of {@code prefix + value.name()}; empty for null. */
    public String value(Locale locale, String prefix, Enum<?> value) {
        return value == null ? "" : text(locale, prefix + value.name());
    }

    /** Several enum values, joined with 、 (Japanese) or ", " (English). */
    public String values(Locale locale, String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> value(locale, prefix, v))
                .collect(Collectors.joining(isJapanese(locale) ? "、" : ", "));
    }

    /** A date in a file (CSV): 2026/11/27 in Japanese, 2026-11-27 in English. */
    public static String fileDate(LocalDate date, Locale locale) {
        return date == null ? "" : isJapanese(locale) ? JA_FILE_DATE.format(date) : date.toString();
    }

    /** A moment in a file (CSV), in Japan's time: 2026/11/27 9:30 in Japanese, 2026-11-27 09:30 in English. */
    public static String fileDateTime(Instant instant, Locale locale) {
        return instant == null ? ""
                : (isJapanese(locale) ? JA_FILE_DATE_TIME : EN_FILE_DATE_TIME).format(instant.atZone(UnionTime.ZONE));
    }

    public static boolean isJapanese(Locale locale) {
        return locale == null || "ja".equals(locale.getLanguage());
    }

    private static Locale language(Locale locale) {
        return isJapanese(locale) ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
