package jp.kumiaidesk.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An in-memory upload whose size limit holds on the server, whatever the browser was told: a declared length over
 * the limit is refused before a byte is read, and the body is read only up to the limit, so a client that strips
 * {@code setMaxFileSize} or posts straight to the upload URL cannot make the server buffer more. Vaadin's own
 * request-size checks get the same limit (for multipart posts). Use it instead of {@code UploadHandler.inMemory}
 * for every upload; the callback runs in the UI's lock as {@code inMemory}'s does.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for a multipart envelope around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final InMemoryUploadCallback received;
    private final Consumer<String> refused;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback received, Consumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    /**
     * {@code received} gets files up to {@code maxBytes}; {@code refused} gets the translation key of why a file was
     * not taken ({@code upload.too-big}), in the UI's lock.
     */
    public static BoundedUpload inMemory(long maxBytes, InMemoryUploadCallback received, Consumer<String> refused) {
        return new BoundedUpload(maxBytes, received, refused);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            refuse(event, ui);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
        ui.access(() -> {
            try {
                received.complete(metadata, bytes);
            } catch (IOException e) {
                refused.accept("upload.failed");
            }
        });
    }

    private void refuse(UploadEvent event, UI ui) {
        event.reject(ui.getTranslation("upload.too-big"));
        ui.access(() -> refused.accept("upload.too-big"));
    }

    /** The stream's bytes, or {@code null} as soon as there are more than {@code limit} (the rest is not read). */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
