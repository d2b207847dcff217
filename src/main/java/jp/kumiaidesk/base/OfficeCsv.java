package jp.kumiaidesk.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV as Japanese offices produce it: Excel saves Shift_JIS (Windows-31J) unless told "CSV UTF-8", which adds a BOM;
 * other tools write UTF-8 without one. Headers and cells may use full-width letters and digits (ＵＲＬ, １２３). The one
 * place that decides how an uploaded CSV is decoded.
 */
public final class OfficeCsv {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");

    private OfficeCsv() {
    }

    /**
     * A reader over the bytes: UTF-8 (BOM or not) when they are valid UTF-8, otherwise Shift_JIS (Windows-31J) as
     * Excel writes CSV. Checking the encoding decodes in small steps, never the whole file into one string.
     */
    public static Reader reader(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        }
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : SHIFT_JIS;
        return new InputStreamReader(new ByteArrayInputStream(bytes), charset);
    }

    /** The same, as one string (small files). */
    public static String decode(byte[] bytes) {
        try (Reader in = reader(bytes)) {
            StringWriter out = new StringWriter(bytes.length);
            in.transferTo(out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8 * 1024);
        try {
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    result.throwException();
                }
                out.clear();
                if (result.isUnderflow()) {
                    break;
                }
            }
            while (decoder.flush(out).isOverflow()) {
                out.clear();
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
