package jp.kumiaidesk.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes a PDF's text extract as the text it was made from. IPAex Gothic's character map gives one glyph to both a
 * common kanji and its Kangxi radical (月 U+6708 and ⽉ U+2F49, 金 and ⾦, 手 and ⼿ …); PDFBox writes the subset's
 * ToUnicode map from the first code point of each glyph, which is the radical, so copy-paste, search and screen
 * readers got radicals. This rewrites each embedded Type 0 font's ToUnicode map so that those glyphs map to the
 * unified ideograph: the font's own other code point for the glyph (the codes in the content stream are the
 * original font's glyph ids), else the radical's compatibility decomposition (NFKC). The glyphs and the font are
 * untouched.
 */
public final class PdfToUnicode {

    private PdfToUnicode() {
    }

    /**
     * The same PDF with every radical or compatibility ideograph in a ToUnicode map replaced by its ideograph.
     *
     * @param ideographOfGlyph the embedded font's unified ideograph for a glyph id, or 0 when it has none
     */
    public static byte[] unifyIdeographs(byte[] pdf, IntUnaryOperator ideographOfGlyph) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> seen = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                changed |= fix(page.getResources(), seen, ideographOfGlyph);
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fix(PDResources resources, Set<COSBase> seen, IntUnaryOperator ideographOfGlyph)
            throws IOException {
        if (resources == null) {
            return false;
        }
        boolean changed = false;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font instanceof PDType0Font && seen.add(font.getCOSObject())) {
                changed |= fix(font, ideographOfGlyph);
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                changed |= fix(form.getResources(), seen, ideographOfGlyph);
            }
        }
        return changed;
    }

    private static boolean fix(PDFont font, IntUnaryOperator ideographOfGlyph) throws IOException {
        if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return false;
        }
        CMap cmap;
        try (var in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mapping = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code, 2);
            if (unicode != null) {
                String unified = unified(unicode, ideographOfGlyph.applyAsInt(code));
                changed |= !unified.equals(unicode);
                mapping.put(code, unified);
            }
        }
        if (!changed) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            write(mapping, out);
        }
        return true;
    }

    /** Kangxi radicals, CJK radicals and compatibility ideographs: what a text would rather say. */
    public static boolean radicalOrCompatibility(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** A single radical or compatibility ideograph as the ideograph of the same glyph; other text unchanged. */
    static String unified(String text, int ideographOfGlyph) {
        int cp = text.codePointAt(0);
        if (text.length() != Character.charCount(cp) || !radicalOrCompatibility(cp)) {
            return text;
        }
        return ideographOfGlyph != 0 ? Character.toString(ideographOfGlyph)
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static void write(Map<Integer, String> mapping, OutputStream out) throws IOException {
        StringBuilder cmap = new StringBuilder(64 * mapping.size() / 2 + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mapping.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var block = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append('<').append(String.format("%04X", e.getKey())).append("> <");
                for (byte b : e.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    cmap.append(String.format("%02X", b & 0xFF));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
