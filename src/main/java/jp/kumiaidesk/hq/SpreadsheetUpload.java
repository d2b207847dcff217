package jp.kumiaidesk.hq;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The one place where an uploaded .xlsx is let in (so that an app-wide upload policy can replace it): a size limit
 * enforced while the bytes arrive, and a look inside the zip before any parser does — not too many parts, not too
 * much once unpacked (a "zip bomb" is a few KB that unpack to gigabytes). The parser itself refuses DTDs.
 */
public final class SpreadsheetUpload {

    /** A union's sheet is some 10 KB; a workbook of a hundred sheets well under this. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    static final int MAX_ENTRIES = 400;

    private SpreadsheetUpload() {
    }

    /** Thrown when a file is not let in; {@link #messageKey()} says why, in the user's words. */
    public static final class Refused extends RuntimeException {

        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Reads at most {@link #MAX_BYTES}; a longer stream is refused without being read to its end. */
    public static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new Refused("hq.rejected.too-large");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Checks that {@code bytes} are an .xlsx of sane size inside; throws {@link Refused} otherwise. */
    static void check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("hq.rejected.too-large");
        }
        if (bytes.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new Refused("hq.rejected.not-xlsx");
        }
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16384];
        // commons-compress (the reader's own zip library) also reads stored entries with data descriptors
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true,
                true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("hq.rejected.too-large");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new Refused("hq.rejected.too-large");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("hq.rejected.not-xlsx");
        }
        if (entries == 0) {
            throw new Refused("hq.rejected.not-xlsx");
        }
    }
}
