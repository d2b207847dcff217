package jp.kumiaidesk.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

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
        return out.toByteArray();
    }
}
