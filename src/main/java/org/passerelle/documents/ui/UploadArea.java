package org.passerelle.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.documents.UploadResult;
import org.passerelle.security.Viewer;

/**
 * Where people who may upload add documents to an owner: a folder for space libraries, Vaadin's upload (several
 * files, drag and drop, progress) entirely in the person's language, and below it what became of each file, a
 * refusal with its reason on the file's own row. When a batch is done, Vaadin's list of it is emptied so that the
 * next batch can be chosen without reloading. The server decides everything: at most the configured number of
 * files per batch here, the rest in the service.
 */
final class UploadArea extends Div {

    final TextField folder = new TextField();
    final Upload upload;
    final UploadRows rows = new UploadRows();
    private final SubjectRef owner;
    private final DocumentUploads uploads;
    private final DocumentsProperties properties;
    private final Runnable onStored;
    private final AtomicInteger filesInBatch = new AtomicInteger();
    private final Viewer viewer = Viewer.current();
    private volatile String folderValue = "";

    /** What became of one file: stored (or already there), or refused for the reason given by a message key. */
    record Outcome(String fileName, boolean accepted, boolean alreadyThere, String reasonKey, Object... arguments) {

        static Outcome stored(UploadResult result) {
            return new Outcome(result.document().name(), true, result.alreadyThere(), null);
        }

        static Outcome refused(String fileName, String reasonKey, Object... arguments) {
            return new Outcome(fileName, false, false, reasonKey, arguments);
        }
    }

    /** @param onStored run in the UI after a file was stored, to show the list as it is now */
    UploadArea(SubjectRef owner, DocumentUploads uploads, DocumentsProperties properties, Runnable onStored) {
        this.owner = owner;
        this.uploads = uploads;
        this.properties = properties;
        this.onStored = onStored;
        upload = new Upload(new Handler());
        // raw: the file is the request body, streamed to the service as it arrives (never buffered whole by the
        // servlet container, unlike multipart parts), so the size limit stops reading early
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(properties.maxFilesPerUpload());
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()));
        upload.setDropAllowed(true);
        upload.setI18n(UploadTexts.of(
                this, "documents.upload", properties.maxFileSize().toMegabytes(), properties.maxFilesPerUpload()));
        upload.addAllFinishedListener(finished -> batchDone());
        // refused in the browser before sending (one file too many, too big): the reason is already translated
        upload.addFileRejectedListener(rejected -> rows.refused(rejected.getFileName(), rejected.getErrorMessage()));
        upload.getStyle().set("max-width", "100%");
        if (owner.kind() == SubjectKind.SPACE) {
            folder.setLabel(getTranslation("documents.folder"));
            folder.setHelperText(getTranslation("documents.folder.help"));
            folder.setMaxLength(200);
            folder.addValueChangeListener(change -> folderValue = change.getValue());
            add(folder);
        }
        add(upload, rows);
    }

    /**
     * Receives one file of an upload (on the upload's request thread, without the UI lock): at most the
     * configured number per batch, everything else decided by the service.
     */
    Outcome receive(String fileName, long size, InputStream content) {
        String shownName = fileName == null ? "" : fileName;
        if (filesInBatch.incrementAndGet() > properties.maxFilesPerUpload()) {
            return Outcome.refused(shownName, "documents.error.too-many", properties.maxFilesPerUpload());
        }
        try {
            return Outcome.stored(uploads.upload(owner, folderValue, fileName, size, content));
        } catch (UserFacingException refusal) {
            return Outcome.refused(shownName, refusal.messageKey(), refusal.arguments());
        }
    }

    /** Shows what became of a file (in the UI's lock): a short note when stored, the reason on its row if not. */
    void show(Outcome outcome) {
        if (outcome.accepted()) {
            String note = outcome.alreadyThere() ? "documents.upload.already-there" : "documents.upload.done";
            Feedback.success(getTranslation(note, outcome.fileName()));
            String status =
                    outcome.alreadyThere() ? "documents.upload.row.already-there" : "documents.upload.row.accepted";
            rows.accepted(outcome.fileName(), getTranslation(status));
            onStored.run();
        } else {
            rows.refused(outcome.fileName(), getTranslation(outcome.reasonKey(), outcome.arguments()));
        }
    }

    /**
     * Hands the outcome to the page the file came from, unless the person left it while the file travelled
     * (the file is kept or refused all the same).
     */
    void deliver(UI ui, Outcome outcome) {
        try {
            ui.access(() -> {
                if (isAttached()) {
                    viewer.run(() -> show(outcome));
                }
            });
        } catch (UIDetachedException left) {
            // the page was closed: nobody to tell
        }
    }

    /** All files of the batch are done: the next batch may hold as many files again. */
    void batchDone() {
        filesInBatch.set(0);
        rows.batchDone();
        upload.clearFileList();
    }

    /** Receives each file of an upload on its request thread; Vaadin's own limits bound the request too. */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            Outcome outcome = receive(event.getFileName(), event.getFileSize(), event.getInputStream());
            UI ui = event.getUI();
            if (!outcome.accepted()) {
                // Vaadin answers with this reason (HTTP 422); its file list does not show it, our rows do
                event.reject(ui.getTranslation(outcome.reasonKey(), outcome.arguments()));
            }
            deliver(ui, outcome);
        }

        @Override
        public long getFileSizeMax() {
            return properties.maxFileSize().toBytes();
        }

        @Override
        public long getFileCountMax() {
            return properties.maxFilesPerUpload();
        }

        @Override
        public long getRequestSizeMax() {
            return properties.maxFileSize().toBytes() * properties.maxFilesPerUpload() + 1024 * 1024;
        }
    }
}
