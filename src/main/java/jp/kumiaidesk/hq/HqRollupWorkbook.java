package jp.kumiaidesk.hq;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import jp.kumiaidesk.recruitment.HqQuestion;

/**
 * The roll-up as one workbook for the HQ's meetings: 集計 (one row per union and the totals), 自由記述 (every answer,
 * question by question) and 問題 (what each sheet lacked). Texts from unions go in as plain cell values.
 */
final class HqRollupWorkbook {

    private HqRollupWorkbook() {
    }

    /** {@code words} turns a translation key (and arguments) into the user's words. */
    static byte[] write(HqRollup rollup, Function<String, String> words, Function<SheetProblem, String> problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "KumiaiDesk", "1.0")) {
            table(workbook.newWorksheet(words.apply("hq.sheet.table")), rollup, words);
            answers(workbook.newWorksheet(words.apply("hq.sheet.answers")), rollup, words);
            problems(workbook.newWorksheet(words.apply("hq.sheet.problems")), rollup, words, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void table(Worksheet sheet, HqRollup rollup, Function<String, String> words) {
        List<String> headers = List.of("hq.union", "hq.hires", "hq.joined", "hq.competitor", "hq.not-joined",
                "hq.join-rate", "hq.our-rate", "hq.competitor-rate", "hq.federation", "hq.our-members",
                "hq.competitor-members", "hq.non-members", "hq.as-of");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, words.apply(headers.get(c)));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
        int r = 1;
        for (UnionRow u : rollup.unions()) {
            sheet.value(r, 0, u.unionName());
            number(sheet, r, 1, u.hires());
            number(sheet, r, 2, u.joined());
            number(sheet, r, 3, u.competitorJoined());
            number(sheet, r, 4, u.notJoined());
            percent(sheet, r, 5, u.joinRate());
            percent(sheet, r, 6, u.ourRate());
            percent(sheet, r, 7, u.competitorRate());
            sheet.value(r, 8, u.competitorFederation());
            number(sheet, r, 9, u.ourMembers());
            number(sheet, r, 10, u.competitorMembers());
            number(sheet, r, 11, u.nonMembers());
            sheet.value(r, 12, u.asOf());
            r++;
        }
        sheet.value(r, 0, words.apply("hq.total"));
        sheet.value(r, 1, rollup.hires());
        sheet.value(r, 2, rollup.joined());
        sheet.value(r, 3, rollup.competitorJoined());
        sheet.value(r, 4, rollup.notJoined());
        percent(sheet, r, 5, rollup.joinRate());
        sheet.style(r, 0).bold().set();
        sheet.width(0, 30);
        sheet.width(8, 20);
        sheet.freezePane(1, 1);
    }

    private static void answers(Worksheet sheet, HqRollup rollup, Function<String, String> words) {
        sheet.value(0, 0, words.apply("hq.question"));
        sheet.value(0, 1, words.apply("hq.union"));
        sheet.value(0, 2, words.apply("hq.answer"));
        int r = 1;
        for (Map.Entry<HqQuestion, List<HqRollup.Answer>> q : rollup.answersByQuestion().entrySet()) {
            for (HqRollup.Answer a : q.getValue()) {
                sheet.value(r, 0, q.getKey().label());
                sheet.value(r, 1, a.unionName());
                sheet.value(r, 2, a.text());
                sheet.style(r, 2).wrapText(true).set();
                r++;
            }
        }
        sheet.width(0, 36);
        sheet.width(1, 24);
        sheet.width(2, 80);
    }

    private static void problems(Worksheet sheet, HqRollup rollup, Function<String, String> words,
            Function<SheetProblem, String> problem) {
        sheet.value(0, 0, words.apply("hq.union"));
        sheet.value(0, 1, words.apply("hq.file"));
        sheet.value(0, 2, words.apply("hq.problems"));
        int r = 1;
        for (UnionRow u : rollup.unions()) {
            for (SheetProblem p : u.problems()) {
                sheet.value(r, 0, u.unionName());
                sheet.value(r, 1, u.fileName());
                sheet.value(r++, 2, problem.apply(p));
            }
        }
        sheet.width(0, 24);
        sheet.width(1, 30);
        sheet.width(2, 80);
    }

    private static void number(Worksheet sheet, int r, int c, Integer value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private static void percent(Worksheet sheet, int r, int c, Double value) {
        if (value != null) {
            sheet.value(r, c, Math.round(value * 10) / 1000.0);
            sheet.style(r, c).format("0.0%").set();
        }
    }
}
