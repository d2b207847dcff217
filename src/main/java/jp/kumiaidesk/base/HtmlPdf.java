package jp.kumiaidesk.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML with CSS to PDF (openhtmltopdf on PDFBox), with the IPAex Gothic font embedded (subset) under the CSS family
 * name {@value #FONT_FAMILY}, so a printed sheet shows Japanese on any machine. Images must be inline
 * ({@code data:} URIs): nothing is fetched while rendering. The font file is read once.
 */
@Component
public class HtmlPdf {

    public static final String FONT_FAMILY = "IPAexGothic";
    private static final String FONT = "/fonts/ipaexg.ttf";

    private final byte[] font;
    private CharacterMap characterMap;

    public HtmlPdf() {
        try (InputStream in = HtmlPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the classpath");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first render in a JVM pays for class loading and reading the font's tables (about 2 s on two cores); doing
     * it once in the background after start makes the first real publish as fast as the others.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("pdf-warm-up").start(() -> characterMap());
        Thread.ofVirtual().name("pdf-warm-up").start(() -> render("<html><body style=\"font-family: "
                + FONT_FAMILY + "\"><p>組合デスク 速報</p></body></html>"));
    }

    /** Renders a well-formed XHTML document (use {@code font-family: IPAexGothic}) to PDF bytes. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PdfToUnicode.unifyIdeographs(out.toByteArray(), gid -> {
            int[] ideographs = characterMap().ideographOfGlyph();
            return gid >= 0 && gid < ideographs.length ? ideographs[gid] : 0;
        });
    }

    /**
     * The characters of {@code text} the embedded font has no glyph for (emoji, rare symbols): the PDF would print
     * them as "#", so the editor warns before anyone publishes. Line breaks and spaces count as printable.
     */
    public String unprintable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        java.util.BitSet glyphs = characterMap().printable();
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> cp != 0xFE0F && cp != 0x200D && !glyphs.get(cp)).distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /**
     * The font's character map, read once: which code points it can print, and for each glyph the unified
     * ideograph that uses it (IPAex gives 月 and the radical ⽉ one glyph; the PDF's text must say 月).
     */
    private record CharacterMap(java.util.BitSet printable, int[] ideographOfGlyph) {
    }

    private synchronized CharacterMap characterMap() {
        if (characterMap == null) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                CmapLookup lookup = ttf.getUnicodeCmapLookup();
                java.util.BitSet printable = new java.util.BitSet(0x30000);
                int[] ideographs = new int[ttf.getNumberOfGlyphs()];
                for (int cp = 0; cp < 0x30000; cp++) {
                    int gid = (cp < 0xD800 || cp > 0xDFFF) ? lookup.getGlyphId(cp) : 0;
                    if (gid != 0) {
                        printable.set(cp);
                        if (gid < ideographs.length && ideographs[gid] == 0
                                && !PdfToUnicode.radicalOrCompatibility(cp)) {
                            ideographs[gid] = cp;
                        }
                    }
                }
                characterMap = new CharacterMap(printable, ideographs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return characterMap;
    }
}
