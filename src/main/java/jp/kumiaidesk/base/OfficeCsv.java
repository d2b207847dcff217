package jp.kumiaidesk.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV as Japanese offices produce it: Excel saves Shift_JIS (Windows-31J) unless told "CSV UTF-8", which adds a BOM;
 * other tools write UTF-8 without one. Headers and cells may use full-width letters and digits (ＵＲＬ, １２３).
 */
public final class OfficeCsv {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");

    private OfficeCsv() {
    }

    /** UTF-8 (BOM or not) when the bytes decode cleanly as UTF-8, otherwise Shift_JIS. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, SHIFT_JIS);
        }
    }

    /** A header or cell as compared: full-width folded to ASCII (NFKC), no BOM, trimmed, lower case. */
    public static String key(String cell) {
        return cell == null ? "" : Normalizer.normalize(cell.replace("\uFEFF", ""), Normalizer.Form.NFKC).strip()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** 2026-11-27, 2026/11/27, 2026/11/27 0:00 (Excel), 2026年11月27日, 2026.11.27; full-width digits too; else null. */
    public static LocalDate date(String cell) {
        Matcher m = DATE.matcher(key(cell).replace(" ", " "));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
