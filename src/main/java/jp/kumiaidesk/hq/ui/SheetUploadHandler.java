package jp.kumiaidesk.hq.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import jp.kumiaidesk.hq.SpreadsheetUpload;

/**
 * Receives the unions' sheets: the size limit is enforced here on the server while the bytes arrive (the browser's
 * limit is only a courtesy), and what arrived is handed to the view in its UI. All upload policy sits in
 * {@link SpreadsheetUpload}, so an app-wide one can replace it.
 */
final class SheetUploadHandler implements UploadHandler {

    interface Receiver {
        void received(String fileName, byte[] bytes);

        void refused(String fileName, String messageKey);
    }

    private final Receiver receiver;

    SheetUploadHandler(Receiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > SpreadsheetUpload.MAX_BYTES) {
            event.reject("too large");
            ui.access(() -> receiver.refused(name, "hq.rejected.too-large"));
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = SpreadsheetUpload.readBounded(in);
        } catch (SpreadsheetUpload.Refused refused) {
            event.reject(refused.messageKey());
            ui.access(() -> receiver.refused(name, refused.messageKey()));
            return;
        }
        ui.access(() -> receiver.received(name, bytes));
    }

    @Override
    public long getFileSizeMax() {
        return SpreadsheetUpload.MAX_BYTES;
    }

    @Override
    public long getRequestSizeMax() {
        return SpreadsheetUpload.MAX_BYTES + 64 * 1024;
    }
}
