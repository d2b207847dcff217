package jp.kumiaidesk.newsletter;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.kumiaidesk.base.HtmlPdf;

/**
 * The benchmark's cold start: a fresh JVM renders one newsletter (class loading, font parsing, first layout) and
 * prints the milliseconds it took.
 */
public final class ColdPdfRender {

    private ColdPdfRender() {
    }

    public static void main(String[] args) throws Exception {
        String xhtml = Files.readString(Path.of(args[0]));
        long start = System.nanoTime();
        byte[] pdf = new HtmlPdf().render(xhtml);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("COLD_MS=" + ms + " BYTES=" + pdf.length);
    }
}
