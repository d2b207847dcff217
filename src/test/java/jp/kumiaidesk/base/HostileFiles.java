package jp.kumiaidesk.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files an attacker would upload: an .xlsx that unpacks to hundreds of megabytes, and oversized CSV. */
public final class HostileFiles {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private HostileFiles() {
    }

    /**
     * A zip bomb: a well-formed appointment list of {@code rows} identical rows, maximally compressed (like the
     * reviewer's 1.3 MB file that unpacked to 346 MB with 2,000,000 rows).
     */
    public static byte[] xlsxBomb(int rows) {
        return xlsx(rows, false);
    }

    /** An ordinary appointment list of {@code rows} different rows (it compresses as real ones do). */
    public static byte[] xlsx(int rows) {
        return xlsx(rows, true);
    }

    private static byte[] xlsx(int rows, boolean varied) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL
                    + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                    + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\"辞令\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "</workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream out = zip;
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            write(out, "<row r=\"1\">" + cell("氏名") + cell("所属") + cell("採用日") + "</row>");
            byte[] same = ("<row>" + cell("職員") + cell("市民課") + cell("2026/4/1") + "</row>")
                    .getBytes(StandardCharsets.UTF_8);
            for (int r = 2; r <= rows + 1; r++) {
                if (varied) {
                    write(out, "<row r=\"" + r + "\">" + cell("職員" + r) + cell("市民課") + cell("2026/4/" + (r % 28 + 1))
                            + "</row>");
                } else {
                    out.write(same);
                }
            }
            write(out, "</sheetData></worksheet>");
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cell(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV appointment list of about {@code megabytes} MB. */
    public static byte[] csv(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(megabytes * 1024 * 1024 + 1024);
        byte[] header = "氏名,所属,採用日\n".getBytes(StandardCharsets.UTF_8);
        out.write(header, 0, header.length);
        int i = 0;
        while (out.size() < megabytes * 1024 * 1024) {
            byte[] line = ("職員" + i++ + ",市民課,2026/4/1\n").getBytes(StandardCharsets.UTF_8);
            out.write(line, 0, line.length);
        }
        return out.toByteArray();
    }
}
