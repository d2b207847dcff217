package jp.kumiaidesk.recruitment;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A cohort as screens and links know it: {@code code} (2026-04) is what the dashboard URL carries. */
public record CohortView(long id, String code, YearMonth month, boolean purged) {

    private static final DateTimeFormatter CODE = DateTimeFormatter.ofPattern("uuuu-MM");

    static String code(YearMonth month) {
        return CODE.format(month);
    }

    public static YearMonth parseCode(String code) {
        return YearMonth.parse(code, CODE);
    }

    /** 2026年4月採用 / April 2026 hires. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                        + month.getYear() + " hires"
                : month.getYear() + "年" + month.getMonthValue() + "月採用";
    }
}
