package jp.kumiaidesk.recruitment;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A cohort as screens and links know it: {@code code} (2026-04) is what the dashboard URL carries. */
public record CohortView(long id, String code, YearMonth month, boolean purged) {

    private static final DateTimeFormatter CODE = DateTimeFormatter.ofPattern("uuuu-MM");

    static String code(YearMonth month) {
        return CODE.format(month);
    }

    public static YearMonth parseCode(String code) {
        return YearMonth.parse(code, CODE);
    }

    /** How far ahead a cohort may start and still be the one a screen opens on: the list arrives before April. */
    static final int MONTHS_AHEAD = 3;

    /**
     * The cohort a screen opens on when the URL names none: {@code code} when given, else the newest cohort that has
     * started or starts within {@link #MONTHS_AHEAD} months of {@code today} — a cohort entered years ahead (a typo
     * in the hire month, a test year) never hides this year's — else the earliest one.
     */
    public static Optional<CohortView> choose(List<CohortView> newestFirst, String code, YearMonth today) {
        if (code != null) {
            return newestFirst.stream().filter(c -> c.code().equals(code)).findFirst();
        }
        YearMonth horizon = today.plusMonths(MONTHS_AHEAD);
        return newestFirst.stream().filter(c -> !c.month().isAfter(horizon)).findFirst()
                .or(() -> newestFirst.isEmpty() ? Optional.empty() : Optional.of(newestFirst.getLast()));
    }

    /** 2026年4月採用 / April 2026 hires. */
    public String label(Locale locale) {
        return label(month, locale);
    }

    /** The label of the cohort of {@code month}, also before it exists (the import's choice). */
    public static String label(YearMonth month, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                        + month.getYear() + " hires"
                : month.getYear() + "年" + month.getMonthValue() + "月採用";
    }
}
