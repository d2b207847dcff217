package jp.kumiaidesk.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link HqSurvey} as the HQ's sheet: a label cell, then its value cells, in the form's order (see
 * {@link HqSheet}); figures as numbers, rates as percentages, and notes saying how the figures were counted.
 */
final class HqSurveySheet {

    private final Worksheet sheet;
    private int row;

    private HqSurveySheet(Worksheet sheet) {
        this.sheet = sheet;
    }

    static byte[] write(HqSurvey survey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "KumiaiDesk", "1.0")) {
            new HqSurveySheet(workbook.newWorksheet(HqSheet.SHEET_NAME)).fill(survey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void fill(HqSurvey s) {
        HqSurveyForm a = s.answers();
        sheet.value(0, 0, HqSheet.title(s.year()));
        sheet.style(0, 0).bold().fontSize(14).set();
        row = 2;
        line(HqSheet.PREFECTURE, a.prefecture());
        line(HqSheet.UNION, a.unionName());
        line(HqSheet.RESPONDENT, a.respondent());
        heading(null, HqSheet.OURS, HqSheet.COMPETITOR);
        label(HqSheet.FEDERATION);
        sheet.value(row, 1, HqSheet.OURS);
        sheet.value(row++, 2, s.hasCompetitor() ? a.competitorFederation().strip() : HqSheet.NONE);
        label(HqSheet.MEMBERS);
        sheet.value(row, 1, s.ourMembers());
        number(2, s.competitorMembers());
        row++;
        label(HqSheet.RATE);
        percent(1, s.ourRate());
        percent(2, s.competitorRate());
        sheet.value(row, 3, HqSheet.AS_OF);
        sheet.style(row, 3).bold().set();
        sheet.value(row, 4, s.asOf());
        sheet.style(row++, 4).format("yyyy/m/d").set();
        label(HqSheet.NON_MEMBERS);
        number(1, s.nonMembers());
        row += 2;
        heading(s.year() + "年度", null, null);
        line(HqSheet.HIRES, s.hires().hires());
        line(HqSheet.JOINED, s.hires().joined());
        line(HqSheet.COMPETITOR_JOINED, s.hires().competitor());
        label(HqSheet.NOT_JOINED);
        sheet.value(row, 1, s.hiresNotJoined());
        sheet.value(row++, 2, "うち時点で未決定 " + s.hiresUndecided() + "人");
        row++;
        for (HqQuestion q : HqQuestion.values()) {
            label(q.label());
            sheet.value(row, 1, a.answer(q));
            sheet.range(row, 1, row, 4).merge();
            sheet.style(row++, 1).wrapText(true).verticalAlignment("top").set();
        }
        row++;
        note(HqSheet.FORMULA);
        note("※" + HqSheet.NOT_JOINED + "（" + s.year() + "年度）は、時点（" + s.asOf().getYear() + "年"
                + s.asOf().getMonthValue() + "月" + s.asOf().getDayOfMonth() + "日）で自治労にも競合組合にも加入していない"
                + "新規採用者の数です。加入・未加入がまだ決まっていない " + s.hiresUndecided() + "人を未加入として数えています"
                + "（未加入と決まった人 " + s.hires().declined() + "人）。");
        note("※" + HqSheet.NON_MEMBERS + "は、職員数 " + s.staff() + "人から自治労の組合員 " + s.ourMembers()
                + "人と競合組合の組合員を引いた数です（新規採用者に限りません）。");
        note("※新規採用者の対象: " + (s.cohorts().isEmpty() ? "なし"
                : s.cohorts().stream().map(c -> c.label(java.util.Locale.JAPANESE))
                        .collect(Collectors.joining("、"))));
        sheet.width(0, 40);
        sheet.width(1, 22);
        sheet.width(2, 22);
        sheet.width(3, 8);
        sheet.width(4, 14);
    }

    private void label(String text) {
        sheet.value(row, 0, text);
        sheet.style(row, 0).bold().set();
    }

    private void line(String label, String value) {
        label(label);
        sheet.value(row++, 1, value == null ? "" : value);
    }

    private void line(String label, int value) {
        label(label);
        sheet.value(row++, 1, value);
    }

    private void heading(String first, String second, String third) {
        String[] texts = {first, second, third};
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                sheet.value(row, c, texts[c]);
                sheet.style(row, c).bold().fillColor("DDEBF7").set();
            }
        }
        row++;
    }

    private void number(int column, Integer value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    private void percent(int column, Double value) {
        if (value != null) {
            sheet.value(row, column, Math.round(value * 10) / 1000.0);
            sheet.style(row, column).format("0.0%").set();
        }
    }

    private void note(String text) {
        sheet.value(row++, 0, text);
    }
}
