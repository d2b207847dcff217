package jp.kumiaidesk.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the union writes them: stored in UTC, shown in Japan's time zone, 2026年4月1日 in Japanese. */
public final class UnionTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter JA_DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm",
            Locale.JAPANESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("MMM d, uuuu HH:mm",
            Locale.ENGLISH);

    private UnionTime() {
    }

    /** Today where the union is (the server may run in UTC). */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : (isJapanese(locale) ? JA_DATE : EN_DATE).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? ""
                : (isJapanese(locale) ? JA_DATE_TIME : EN_DATE_TIME).format(instant.atZone(ZONE));
    }

    private static boolean isJapanese(Locale locale) {
        return locale == null || "ja".equals(locale.getLanguage());
    }
}
