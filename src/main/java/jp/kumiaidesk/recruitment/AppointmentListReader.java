package jp.kumiaidesk.recruitment;

import java.io.IOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;

import jp.kumiaidesk.base.OfficeCsv;
import jp.kumiaidesk.base.TabularFiles;
import jp.kumiaidesk.base.TextRules;

/**
 * Reads the employer's appointment list (辞令) or a union's own Excel tracker: CSV in UTF-8 (with or without BOM)
 * or Shift_JIS as Excel writes it, or .xlsx. Japanese headers or English aliases; full-width digits, 和暦 dates
 * (R8.4.1, 令和8年4月1日, H31.4.1) and Excel date cells are understood. Pure: no database, no security.
 */
public final class AppointmentListReader {

    public static final int MAX_ROWS = 20_000;
    /** Rows read at most, empty ones included: a file of blank lines stops here too. */
    static final int PHYSICAL_ROW_CAP = 5 * MAX_ROWS;

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        alias("name", "氏名", "名前", "name");
        alias("kana", "フリガナ", "ふりがな", "カナ", "kana");
        alias("workplace", "所属", "配属先", "workplace");
        alias("employment_type", "雇用形態", "employment_type", "employmenttype");
        alias("hire_date", "採用日", "採用年月日", "hire_date", "hiredate");
        alias("route", "採用区分", "route");
        alias("status", "状況", "status");
        alias("recruiter", "担当者", "担当", "recruiter");
    }

    private static void alias(String key, String... names) {
        for (String n : names) {
            HEADERS.put(n.toLowerCase(Locale.ROOT), key);
        }
    }

    private static final Pattern WAREKI = Pattern.compile(
            "(令和|平成|昭和|R|H|S)\\s*(元|\\d{1,2})[年.\\-/]\\s*(\\d{1,2})[月.\\-/]\\s*(\\d{1,2})日?");
    private static final Pattern SEIREKI = Pattern.compile("(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?");

    private AppointmentListReader() {
    }

    /** Thrown when the file itself cannot be read (not a row problem). */
    public static final class UnreadableFile extends RuntimeException {

        private final String messageKey;

        UnreadableFile(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * The rows of a file, read as a stream: reading stops with {@code import.too-many-rows} at the first row past
     * {@link #MAX_ROWS}, and an .xlsx passes {@link TabularFiles}' zip-bomb checks before it is parsed.
     */
    public static List<ImportRow> read(byte[] bytes) {
        List<ImportRow> rows = new ArrayList<>();
        int[] line = {1};
        Consumer<Map<String, String>> each = values -> {
            line[0]++;
            if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new UnreadableFile("import.too-many-rows");
            }
            rows.add(toRow(line[0], values));
        };
        try {
            if (TabularFiles.isZip(bytes)) {
                readXlsx(bytes, each);
            } else {
                readCsv(bytes, each);
            }
        } catch (TabularFiles.Refused e) {
            throw new UnreadableFile(switch (e.messageKey()) {
                case "upload.too-many-rows" -> "import.too-many-rows";
                case "upload.unsafe-file" -> "upload.unsafe-file";
                default -> "import.unreadable";
            });
        }
        return rows;
    }

    private static void readCsv(byte[] bytes, Consumer<Map<String, String>> each) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(OfficeCsv.reader(bytes), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            Iterator<CSVRecord> records = TabularFiles.capped(parser.iterator(), PHYSICAL_ROW_CAP);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> values = new LinkedHashMap<>();
                columns.forEach((header, key) -> values.put(key, record.isMapped(header) && record.isSet(header)
                        ? record.get(header) : null));
                each.accept(values);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFile("import.unreadable");
        } catch (java.io.UncheckedIOException e) {
            throw new UnreadableFile("import.unreadable");
        }
    }

    private static void readXlsx(byte[] bytes, Consumer<Map<String, String>> each) {
        List<String> headers = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        TabularFiles.xlsxRows(bytes, PHYSICAL_ROW_CAP, row -> {
            if (headers.isEmpty()) {
                for (Cell cell : row) {
                    headers.add(cell == null || cell.getRawValue() == null ? "" : cell.getRawValue());
                }
                columns.putAll(columns(headers));
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                String key = columns.get(headers.get(i));
                if (key != null) {
                    values.put(key, cellText(i < row.getCellCount() ? row.getCell(i) : null, key));
                }
            }
            each.accept(values);
        });
    }

    private static String cellText(Cell cell, String key) {
        if (cell == null || cell.getRawValue() == null) {
            return null;
        }
        if ("hire_date".equals(key) && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            // an Excel date: days since 1899-12-30
            return LocalDate.of(1899, 12, 30).plusDays(cell.asNumber().longValue()).toString();
        }
        return cell.getText();
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : headers) {
            String key = HEADERS.get(normalise(header).replace(" ", "").toLowerCase(Locale.ROOT));
            if (key != null) {
                columns.put(header, key);
            }
        }
        if (!columns.containsValue("name") || !columns.containsValue("workplace")
                || !columns.containsValue("hire_date")) {
            throw new UnreadableFile("import.missing-columns");
        }
        return columns;
    }

    static String normalise(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    private static ImportRow toRow(int line, Map<String, String> values) {
        List<String> errors = new ArrayList<>();
        String name = normalise(values.get("name"));
        // NFKC turns full-width spaces into normal ones; keep one space between family and given name
        name = name.replaceAll("\\s+", " ");
        String nameProblem = TextRules.problemWithLine(name, true, HireForm.NAME_MAX_LENGTH);
        if (nameProblem != null) {
            errors.add("import.error.name");
        }
        String kana = normalise(values.get("kana")).replaceAll("\\s+", " ");
        if (TextRules.problemWithLine(kana, false, HireForm.NAME_MAX_LENGTH) != null) {
            errors.add("import.error.kana");
        }
        String workplace = normalise(values.get("workplace")).replace("／", "/");
        if (workplace.isEmpty()) {
            errors.add("import.error.workplace-missing");
        }
        LocalDate hireDate = parseDate(values.get("hire_date"));
        if (hireDate == null) {
            errors.add("import.error.hire-date");
        }
        EmploymentType type = employmentType(values.get("employment_type"));
        if (type == null) {
            errors.add("import.error.employment-type");
        }
        HireRoute route = route(values.get("route"));
        if (route == null) {
            errors.add("import.error.route");
        }
        HireStatus status = status(values.get("status"));
        if (status == null) {
            errors.add("import.error.status");
        }
        String recruiter = normalise(values.get("recruiter"));
        return new ImportRow(line, name, kana.isEmpty() ? null : kana, workplace, type, hireDate, route, status,
                recruiter.isEmpty() ? null : recruiter, List.copyOf(errors));
    }

    /** 2026-04-01, 2026/4/1, 2026年4月1日, R8.4.1, 令和8年4月1日, 令和元年5月1日, H31.4.1; full-width digits too. */
    public static LocalDate parseDate(String raw) {
        String value = normalise(raw).replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            Matcher wareki = WAREKI.matcher(value);
            if (wareki.matches()) {
                int eraYear = "元".equals(wareki.group(2)) ? 1 : Integer.parseInt(wareki.group(2));
                // the calendar knows where each era begins and ends: H31.5.1 and 令和1年4月30日 do not exist
                return LocalDate.from(JapaneseDate.of(era(wareki.group(1)), eraYear,
                        Integer.parseInt(wareki.group(3)), Integer.parseInt(wareki.group(4))));
            }
            Matcher seireki = SEIREKI.matcher(value);
            if (seireki.matches()) {
                return LocalDate.of(Integer.parseInt(seireki.group(1)), Integer.parseInt(seireki.group(2)),
                        Integer.parseInt(seireki.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static JapaneseEra era(String name) {
        return switch (name) {
            case "令和", "R" -> JapaneseEra.REIWA;
            case "平成", "H" -> JapaneseEra.HEISEI;
            default -> JapaneseEra.SHOWA;
        };
    }

    private static EmploymentType employmentType(String raw) {
        String v = normalise(raw);
        if (v.isEmpty() || v.startsWith("正規") || v.equalsIgnoreCase("regular")) {
            return EmploymentType.REGULAR;
        }
        if (v.startsWith("会計年度") || v.equalsIgnoreCase("fiscal_year")) {
            return EmploymentType.FISCAL_YEAR;
        }
        if (v.startsWith("任期付") || v.equalsIgnoreCase("fixed_term")) {
            return EmploymentType.FIXED_TERM;
        }
        if (v.startsWith("再任用") || v.equalsIgnoreCase("reemployed")) {
            return EmploymentType.REEMPLOYED;
        }
        return null;
    }

    private static HireRoute route(String raw) {
        String v = normalise(raw);
        if (v.isEmpty() || v.equals("新卒") || v.equalsIgnoreCase("new_graduate")) {
            return HireRoute.NEW_GRADUATE;
        }
        if (v.startsWith("社会人") || v.equals("経験者") || v.equalsIgnoreCase("mid_career")) {
            return HireRoute.MID_CAREER;
        }
        return null;
    }

    private static final Map<String, HireStatus> STATUS_WORDS = Map.of("未接触", HireStatus.NOT_CONTACTED,
            "説明会参加", HireStatus.ATTENDED_BRIEFING, "声かけ済", HireStatus.TALKED, "声掛け済", HireStatus.TALKED,
            "検討中", HireStatus.CONSIDERING, "加入", HireStatus.JOINED, "競合加入", HireStatus.JOINED_COMPETITOR,
            "未加入", HireStatus.DECLINED);

    private static HireStatus status(String raw) {
        String v = normalise(raw);
        if (v.isEmpty()) {
            return HireStatus.NOT_CONTACTED;
        }
        HireStatus status = STATUS_WORDS.get(v);
        if (status != null) {
            return status;
        }
        try {
            return HireStatus.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
