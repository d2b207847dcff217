package jp.kumiaidesk.hq;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;

/**
 * Reads unions' 実態共有用アンケート sheets the way a person at the HQ would: by their labels, wherever they are
 * (unions retype, move and rename them), forgiving full-width digits, "72人", "27.20%", "なし" and blank competitor
 * cells, and naming every problem instead of skipping it. Pure: no database, no security.
 */
final class UnionSheetReader {

    static final int MAX_SHEETS = 120;
    static final int MAX_ROWS = 300;
    static final int MAX_COLUMNS = 30;
    static final int MAX_COUNT = 1_000_000;

    private enum Field {
        PREFECTURE, UNION, RESPONDENT, FEDERATION, MEMBERS, RATE, AS_OF, NOT_JOINED_ANY, NON_MEMBERS, NOT_JOINED,
        HIRES, JOINED, COMPETITOR_JOINED
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度");
    private static final Pattern REIWA_YEAR = Pattern.compile("(?:令和|R)(\\d{1,2}|元)年度");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4}|令和\\d{1,2}|令和元|R\\d{1,2})年度");
    private static final Pattern UNITS = Pattern.compile("\\((人|%|名|人数|件)\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}・、。「」【】『』※＊：\\s]");
    private static final Set<String> NONE = Set.of("なし", "無し", "無", "ない", "-", "ー", "―", "—", "‐", "該当なし");

    private static final Map<String, Field> LABELS = new HashMap<>();
    private static final Map<String, HqQuestion> QUESTIONS = new HashMap<>();

    static {
        label(Field.PREFECTURE, HqSheet.PREFECTURE, "県本部名");
        label(Field.UNION, HqSheet.UNION, "単組名", "組合名", "単位組合名", "単組名称");
        label(Field.RESPONDENT, HqSheet.RESPONDENT, "記入者名", "記入者", "お名前", "記入者氏名");
        label(Field.FEDERATION, HqSheet.FEDERATION, "上部団体名");
        label(Field.MEMBERS, HqSheet.MEMBERS, "組合員数", "組織人員");
        label(Field.RATE, HqSheet.RATE);
        label(Field.AS_OF, HqSheet.AS_OF, "基準日", "調査時点");
        label(Field.NOT_JOINED_ANY, HqSheet.NON_MEMBERS, "未加入者", "未加入数");
        label(Field.NOT_JOINED, "新規採用者の未加入者数", "新採未加入者数", "新規採用未加入者数");
        label(Field.HIRES, HqSheet.HIRES, "新採者数", "新規採用数");
        label(Field.JOINED, HqSheet.JOINED, "自治労加入数", "加入者数");
        label(Field.COMPETITOR_JOINED, HqSheet.COMPETITOR_JOINED, "競合組合加入者数", "他組合加入者数", "競合加入数");
        for (HqQuestion q : HqQuestion.values()) {
            QUESTIONS.put(key(q.label()), q);
        }
    }

    private static void label(Field field, String... labels) {
        for (String l : labels) {
            LABELS.put(key(l), field);
        }
    }

    private UnionSheetReader() {
    }

    /** A label's comparable form: width and spaces folded, units, year prefixes and punctuation dropped. */
    static String key(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        s = YEAR_PREFIX.matcher(s).replaceFirst("");
        s = UNITS.matcher(s).replaceAll("");
        return PUNCTUATION.matcher(s).replaceAll("");
    }

    /** Every union sheet in the workbook; throws {@link SpreadsheetUpload.Refused} when the file is no workbook. */
    static List<ParsedSheet> read(byte[] bytes) {
        SpreadsheetUpload.check(bytes);
        List<ParsedSheet> sheets = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            for (Sheet sheet : book.getSheets().limit(MAX_SHEETS).toList()) {
                ParsedSheet parsed = new SheetParse(sheet.getName(), grid(sheet)).result();
                if (parsed != null) {
                    sheets.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetUpload.Refused refused) {
                throw refused;
            }
            throw new SpreadsheetUpload.Refused("hq.rejected.not-xlsx");
        }
        if (sheets.isEmpty()) {
            throw new SpreadsheetUpload.Refused("hq.rejected.no-union-sheet");
        }
        return sheets;
    }

    private static List<Cell[]> grid(Sheet sheet) throws IOException {
        List<Cell[]> rows = new ArrayList<>();
        try (var stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream.limit(MAX_ROWS)::iterator) {
                Cell[] cells = new Cell[Math.min(MAX_COLUMNS, row.getCellCount())];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = row.getCell(i);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        String text = cell.getType() == CellType.NUMBER ? cell.getRawValue() : cell.getText();
        return text == null ? "" : text.strip();
    }

    /** One worksheet being read: the values found so far and the problems met. */
    private static final class SheetParse {

        private final String sheetName;
        private final List<Cell[]> rows;
        private final List<SheetProblem> problems = new ArrayList<>();
        private final Map<Field, Integer> seenAt = new EnumMap<>(Field.class);
        private final Map<HqQuestion, String> answers = new EnumMap<>(HqQuestion.class);
        private final List<Integer> notJoinedRows = new ArrayList<>();
        private Integer statedYear;
        private String prefecture;
        private String union;
        private String federation;
        private Integer ourMembers;
        private Integer competitorMembers;
        private Double ourRate;
        private Double competitorRate;
        private String asOf;
        private Integer hires;
        private Integer joined;
        private Integer competitorJoined;
        private int known;

        SheetParse(String sheetName, List<Cell[]> rows) {
            this.sheetName = sheetName;
            this.rows = rows;
        }

        ParsedSheet result() {
            for (int r = 0; r < rows.size(); r++) {
                readRow(r, rows.get(r));
            }
            if (known == 0) {
                return null;
            }
            Integer nonMembers = null;
            Integer notJoined = null;
            Integer hiresRow = seenAt.get(Field.HIRES);
            for (int r : notJoinedRows) {
                boolean yearly = seenAt.containsKey(Field.NOT_JOINED) && seenAt.get(Field.NOT_JOINED) == r
                        || hiresRow != null && r > hiresRow
                        || hiresRow == null && notJoinedRows.size() > 1 && r == notJoinedRows.getLast();
                Integer value = count(firstValue(rows.get(r), labelColumn(rows.get(r))), HqSheet.NOT_JOINED);
                if (yearly && notJoined == null) {
                    notJoined = value;
                } else if (!yearly && nonMembers == null) {
                    nonMembers = value;
                }
            }
            if (union == null || union.isEmpty()) {
                problems.addFirst(new SheetProblem("hq.rejected.no-union-name", sheetName));
            }
            requireFigure(HqSheet.MEMBERS, ourMembers);
            requireFigure(HqSheet.HIRES, hires);
            requireFigure(HqSheet.JOINED, joined);
            requireFigure(HqSheet.COMPETITOR_JOINED, competitorJoined);
            requireFigure(HqSheet.NOT_JOINED, notJoined);
            if (hires != null && joined != null && competitorJoined != null && notJoined != null
                    && hires != joined + competitorJoined + notJoined) {
                problems.add(new SheetProblem("hq.problem.does-not-add-up",
                        hires + " ≠ " + joined + "＋" + competitorJoined + "＋" + notJoined));
            }
            List<String> missing = new ArrayList<>();
            for (HqQuestion q : HqQuestion.values()) {
                if (!answers.containsKey(q)) {
                    missing.add(q.label());
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new SheetProblem("hq.problem.questions-missing", String.join("、", missing)));
            }
            Map<HqQuestion, String> given = new EnumMap<>(HqQuestion.class);
            answers.forEach((q, a) -> {
                if (!a.isEmpty()) {
                    given.put(q, a);
                }
            });
            return new ParsedSheet(sheetName, statedYear, prefecture, union, federation, ourMembers,
                    competitorMembers, ourRate, competitorRate, asOf, nonMembers, hires, joined, competitorJoined,
                    notJoined, given, List.copyOf(problems));
        }

        private void requireFigure(String label, Integer value) {
            if (value == null && problems.stream().noneMatch(p -> p.argument().startsWith(label))) {
                problems.add(new SheetProblem("hq.problem.missing", label));
            }
        }

        /** The column of the row's label: the first cell that is a known label, or -1. */
        private int labelColumn(Cell[] row) {
            for (int c = 0; c < row.length; c++) {
                String text = text(row[c]);
                if (isNote(text)) {
                    return -1;
                }
                String key = key(text);
                if (!key.isEmpty() && (LABELS.containsKey(key) || question(key) != null)) {
                    return c;
                }
            }
            return -1;
        }

        private void readRow(int r, Cell[] row) {
            findYear(row);
            int c = labelColumn(row);
            if (c < 0) {
                reportUnknown(row);
                return;
            }
            known++;
            String key = key(text(row[c]));
            Field field = LABELS.get(key);
            if (field == null) {
                HqQuestion q = question(key);
                if (answers.containsKey(q)) {
                    problems.add(new SheetProblem("hq.problem.duplicate-label", q.label()));
                    return;
                }
                Cell value = firstValue(row, c);
                answers.put(q, answer(q, value));
                return;
            }
            if (field == Field.NOT_JOINED_ANY || field == Field.NOT_JOINED) {
                notJoinedRows.add(r);
                if (field == Field.NOT_JOINED) {
                    seenAt.put(Field.NOT_JOINED, r);
                }
                return;
            }
            if (seenAt.containsKey(field)) {
                problems.add(new SheetProblem("hq.problem.duplicate-label", text(row[c])));
                return;
            }
            seenAt.put(field, r);
            readField(field, row, c);
        }

        private void readField(Field field, Cell[] row, int c) {
            Cell first = firstValue(row, c);
            Cell second = first == null ? null : cellAt(row, first.getColumnIndex() + 1);
            switch (field) {
                case PREFECTURE -> prefecture = line(HqSheet.PREFECTURE, first);
                case UNION -> union = line(HqSheet.UNION, first);
                case RESPONDENT -> {
                    // a person's name: the HQ's roll-up keeps none (docs/decisions/0009-hq-rollup.md)
                }
                case FEDERATION -> federation = federation(row, c);
                case MEMBERS -> {
                    ourMembers = count(first, HqSheet.MEMBERS);
                    competitorMembers = count(second, HqSheet.MEMBERS);
                }
                case RATE -> {
                    ourRate = rate(first, HqSheet.RATE);
                    competitorRate = isAsOfLabel(second) ? null : rate(second, HqSheet.RATE);
                    readAsOf(row, c);
                }
                case AS_OF -> asOf = date(firstValue(row, c));
                case HIRES -> hires = count(first, HqSheet.HIRES);
                case JOINED -> joined = count(first, HqSheet.JOINED);
                case COMPETITOR_JOINED -> competitorJoined = count(first, HqSheet.COMPETITOR_JOINED);
                default -> throw new IllegalStateException(field.name());
            }
        }

        private void readAsOf(Cell[] row, int from) {
            for (int c = from + 1; c < row.length; c++) {
                if (isAsOfLabel(row[c])) {
                    seenAt.put(Field.AS_OF, -1);
                    asOf = date(firstValue(row, c));
                    return;
                }
            }
        }

        private static boolean isAsOfLabel(Cell cell) {
            return LABELS.get(key(text(cell))) == Field.AS_OF;
        }

        /** The competitor's federation: whatever is not 自治労 on the row; なし when nothing. */
        private String federation(Cell[] row, int c) {
            for (int i = c + 1; i < row.length; i++) {
                String value = text(row[i]);
                if (!value.isEmpty() && !key(value).equals(key(HqSheet.OURS)) && !isAsOfLabel(row[i])) {
                    String checked = line(HqSheet.FEDERATION, row[i]);
                    return checked == null || key(checked).isEmpty() || NONE.contains(key(checked)) ? HqSheet.NONE : checked;
                }
            }
            return HqSheet.NONE;
        }

        private void findYear(Cell[] row) {
            if (statedYear != null) {
                return;
            }
            for (Cell cell : row) {
                String value = Normalizer.normalize(text(cell), Normalizer.Form.NFKC).replaceAll("\\s+", "");
                Matcher m = YEAR.matcher(value);
                if (m.find()) {
                    statedYear = Integer.parseInt(m.group(1));
                    return;
                }
                Matcher reiwa = REIWA_YEAR.matcher(value);
                if (reiwa.find()) {
                    int n = "元".equals(reiwa.group(1)) ? 1 : Integer.parseInt(reiwa.group(1));
                    try {
                        statedYear = JapaneseDate.of(JapaneseEra.REIWA, n, 12, 31).get(ChronoField.YEAR);
                    } catch (DateTimeException e) {
                        // not a year of Reiwa: no stated year
                    }
                    return;
                }
            }
        }

        /** Text in the label column that is no label of the form but has a value beside it: say so. */
        private void reportUnknown(Cell[] row) {
            for (int c = 0; c < row.length; c++) {
                String value = text(row[c]);
                if (value.isEmpty() || row[c].getType() == CellType.NUMBER) {
                    continue;
                }
                String key = key(value);
                boolean ignorable = key.isEmpty() || isNote(value) || value.contains("アンケート") || key.equals(key(HqSheet.OURS))
                        || key.startsWith(key(HqSheet.COMPETITOR)) || YEAR.matcher(value).find();
                if (!ignorable && firstValue(row, c) != null) {
                    problems.add(new SheetProblem("hq.problem.unknown-label", value));
                }
                return;
            }
        }

        private String answer(HqQuestion q, Cell cell) {
            String value = text(cell);
            String problem = TextRules.problemWithText(value, jp.kumiaidesk.recruitment.HqSurveyForm.TEXT_MAX_LENGTH);
            if ("validation.too-long".equals(problem)) {
                problems.add(new SheetProblem("hq.problem.too-long", q.label()));
                return value.substring(0, jp.kumiaidesk.recruitment.HqSurveyForm.TEXT_MAX_LENGTH);
            }
            if (problem != null) {
                problems.add(new SheetProblem("hq.problem.bad-text", q.label()));
                return value.replaceAll("[<>]", "").replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
            }
            return value.replace("\r\n", "\n");
        }

        private String line(String label, Cell cell) {
            String value = text(cell);
            if (value.isEmpty()) {
                return null;
            }
            String problem = TextRules.problemWithLine(value, false, 100);
            if (problem != null) {
                problems.add(new SheetProblem("hq.problem.bad-text", label));
                return null;
            }
            return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        }

        private Integer count(Cell cell, String label) {
            String raw = text(cell);
            if (raw.isEmpty()) {
                return null;
            }
            BigDecimal number;
            if (cell.getType() == CellType.NUMBER) {
                number = cell.asNumber();
            } else {
                String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s,人名]", "");
                if (NONE.contains(s)) {
                    return 0;
                }
                try {
                    number = new BigDecimal(s);
                } catch (NumberFormatException e) {
                    problems.add(new SheetProblem("hq.problem.not-a-number", label + ": " + raw));
                    return null;
                }
            }
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
                problems.add(new SheetProblem("hq.problem.not-a-number", label + ": " + raw));
                return null;
            }
            return number.intValue();
        }

        private Double rate(Cell cell, String label) {
            String raw = text(cell);
            if (raw.isEmpty()) {
                return null;
            }
            double value;
            if (cell.getType() == CellType.NUMBER) {
                value = cell.asNumber().doubleValue();
                String format = cell.getDataFormatString();
                if (format != null && format.contains("%")) {
                    value *= 100;
                }
            } else {
                String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s", "");
                if (NONE.contains(s)) {
                    return 0.0;
                }
                try {
                    value = Double.parseDouble(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
                } catch (NumberFormatException e) {
                    problems.add(new SheetProblem("hq.problem.not-a-rate", label + ": " + raw));
                    return null;
                }
            }
            if (value < 0 || value > 100 || Double.isNaN(value)) {
                problems.add(new SheetProblem("hq.problem.not-a-rate", label + ": " + raw));
                return null;
            }
            return Math.round(value * 100) / 100.0;
        }

        private String date(Cell cell) {
            String raw = text(cell);
            if (raw.isEmpty()) {
                return null;
            }
            if (cell.getType() == CellType.NUMBER) {
                try {
                    return LocalDate.of(1899, 12, 30).plusDays(cell.asNumber().longValue()).toString();
                } catch (DateTimeException | ArithmeticException e) {
                    return null;
                }
            }
            String value = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
            return value.length() > 40 ? value.substring(0, 40) : value;
        }
    }

    /** A footnote such as the rate formula: "※組織率＝…" is no 組織率 row. */
    private static boolean isNote(String text) {
        return text.startsWith("※") || text.startsWith("＊") || text.startsWith("*") || text.startsWith("注");
    }

    private static HqQuestion question(String key) {
        HqQuestion exact = QUESTIONS.get(key);
        if (exact != null || key.length() < 6) {
            return exact;
        }
        // a retyped question: "新採加入の主な取り組み（箇条書き）" still means the same question
        for (Map.Entry<String, HqQuestion> q : QUESTIONS.entrySet()) {
            if (key.startsWith(q.getKey())) {
                return q.getValue();
            }
        }
        return null;
    }

    private static Cell cellAt(Cell[] row, int column) {
        return column >= 0 && column < row.length ? row[column] : null;
    }

    /** The first non-blank cell right of {@code column}. */
    private static Cell firstValue(Cell[] row, int column) {
        for (int c = column + 1; c < row.length; c++) {
            if (!text(row[c]).isEmpty()) {
                return row[c];
            }
        }
        return null;
    }

    static Set<String> knownLabels() {
        return new LinkedHashSet<>(LABELS.keySet());
    }
}
