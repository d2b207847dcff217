package jp.kumiaidesk.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reading the spreadsheets and CSV files users upload, with bounds a hostile file cannot pass. An .xlsx is a zip: before
 * it is parsed every entry is inflated once, counting, and the file is refused when an entry unpacks to more than
 * {@value #MAX_ENTRY_BYTES} bytes, all of them to more than {@value #MAX_TOTAL_BYTES}, or an entry inflates more
 * than {@code 1 / MIN_INFLATE_RATIO} times (a zip bomb; the same rule as Apache POI's {@code ZipSecureFile}). Rows
 * are then streamed (never the whole sheet in memory) and reading stops at the caller's row cap. CSV is decoded as a
 * stream too ({@link OfficeCsv#reader}). Callers get {@link Refused} with a translation key.
 */
public final class TabularFiles {

    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    public static final int MAX_ENTRIES = 1_000;
    /** Compressed size / inflated size below which an entry is a bomb (POI's default). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Small entries compress very well legitimately; the ratio counts only past this many inflated bytes. */
    private static final long RATIO_GRACE_BYTES = 256 * 1024;

    private TabularFiles() {
    }

    /** The file is refused as a whole; {@link #messageKey()} says why, for the user. */
    public static final class Refused extends RuntimeException {

        private final String messageKey;

        public Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * Hands each row of the first sheet to {@code each}, streaming, after {@link #checkZip}; refuses with
     * {@code upload.too-many-rows} as soon as there are more than {@code maxRows} rows (empty ones included). What
     * {@code each} throws reaches the caller unchanged.
     */
    public static void xlsxRows(byte[] bytes, int maxRows, Consumer<Row> each) {
        checkZip(bytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            int count = 0;
            while (iterator.hasNext()) {
                if (++count > maxRows) {
                    throw new Refused("upload.too-many-rows");
                }
                Row row = iterator.next();
                try {
                    each.accept(row);
                } catch (RuntimeException callerProblem) {
                    throw new FromCaller(callerProblem);
                }
            }
        } catch (FromCaller e) {
            throw e.problem;
        } catch (Refused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Refused("upload.unreadable");
        }
    }

    /** What the caller's row handler threw, passed on unchanged (not turned into "unreadable"). */
    private static final class FromCaller extends RuntimeException {

        private final RuntimeException problem;

        FromCaller(RuntimeException problem) {
            super(problem);
            this.problem = problem;
        }
    }

    /** Refuses a zip that is malformed or unpacks to more than the limits allow (see the class comment). */
    public static void checkZip(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("upload.unsafe-file");
                }
                long compressed = Math.max(entry.getCompressedSize(), 0);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (inflated > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                                || inflated > RATIO_GRACE_BYTES && compressed < inflated * MIN_INFLATE_RATIO) {
                            throw new Refused("upload.unsafe-file");
                        }
                    }
                }
            }
        } catch (Refused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Refused("upload.unreadable");
        }
    }

    /** Stops an iteration of rows at {@code maxRows}, refusing with {@code upload.too-many-rows} past it. */
    public static <T> Iterator<T> capped(Iterator<T> rows, int maxRows) {
        return new Iterator<>() {
            private int count;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public T next() {
                if (++count > maxRows) {
                    throw new Refused("upload.too-many-rows");
                }
                return rows.next();
            }
        };
    }
}
