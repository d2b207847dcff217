package jp.kumiaidesk.hq;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;

/** Unions' survey sheets as tests need them: tidy ones, and the messy ones unions actually send. */
public final class TestSheets {

    /** One worksheet: rows of cells (String, Number or null for blank); a cell "%0.272" is a percent-formatted 0.272. */
    public record Sheet(String name, List<List<Object>> rows) {
    }

    private TestSheets() {
    }

    public static byte[] workbook(Sheet... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Test", "1.0")) {
            for (Sheet s : sheets) {
                Worksheet sheet = workbook.newWorksheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    List<Object> row = s.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            sheet.value(r, c, n);
                        } else if (v instanceof String text && text.startsWith("%")) {
                            sheet.value(r, c, Double.parseDouble(text.substring(1)));
                            sheet.style(r, c).format("0.00%").set();
                        } else if (v != null) {
                            sheet.value(r, c, v.toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A tidy sheet as the union's export writes it. */
    public static Sheet tidy(int year, String union, int hires, int joined, int competitor, String federation) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(HqSheet.title(year)));
        rows.add(row());
        rows.add(row(HqSheet.PREFECTURE, "みなと県本部"));
        rows.add(row(HqSheet.UNION, union));
        rows.add(row(HqSheet.RESPONDENT, "記入 太郎"));
        rows.add(row(null, HqSheet.OURS, HqSheet.COMPETITOR));
        rows.add(row(HqSheet.FEDERATION, HqSheet.OURS, federation));
        rows.add(row(HqSheet.MEMBERS, 720, competitor > 0 ? 120 : null));
        rows.add(row(HqSheet.RATE, "%0.72", competitor > 0 ? "%0.12" : null, HqSheet.AS_OF, year + "/5/1"));
        rows.add(row(HqSheet.NON_MEMBERS, 160));
        rows.add(row());
        rows.add(row(year + "年度"));
        rows.add(row(HqSheet.HIRES, hires));
        rows.add(row(HqSheet.JOINED, joined));
        rows.add(row(HqSheet.COMPETITOR_JOINED, competitor));
        rows.add(row(HqSheet.NOT_JOINED, hires - joined - competitor, "うち時点で未決定 1人"));
        rows.add(row());
        for (HqQuestion q : HqQuestion.values()) {
            rows.add(row(q.label(), q == HqQuestion.NEW_HIRE_EFFORTS ? union + "は歓迎会で声かけ" : ""));
        }
        rows.add(row(HqSheet.FORMULA));
        return new Sheet(HqSheet.SHEET_NAME, rows);
    }

    public static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c);
        }
        return row;
    }
}
