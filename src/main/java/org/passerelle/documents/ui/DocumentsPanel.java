package org.passerelle.documents.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.documents.UploadResult;
import org.passerelle.security.Viewer;

/**
 * The documents of one owner, for its page: the list with the live state of each text, and for people who may
 * upload, an upload area (several files, drag and drop, progress) with a folder for space libraries. The server
 * decides everything; this panel only reports. It follows changes live while attached.
 */
public final class DocumentsPanel extends Div {

    final H3 heading = new H3();
    final TextField folder = new TextField();
    final Upload upload;
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    private final SubjectRef owner;
    private final DocumentService documents;
    private final DocumentUploads uploads;
    private final DocumentChanges changes;
    private final DocumentsProperties properties;
    private final AtomicInteger filesInBatch = new AtomicInteger();
    private volatile String folderValue = "";
    private final Viewer viewer = Viewer.current();
    private Runnable unregister;

    /**
     * What became of one file, to show to the person: when accepted, {@code key} says so; when refused, it is
     * the reason.
     */
    record Outcome(boolean accepted, String fileName, String key, Object... arguments) {}

    public DocumentsPanel(
            SubjectRef owner,
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        this.uploads = uploads;
        this.owner = owner;
        this.documents = documents;
        this.changes = changes;
        this.properties = properties;
        addClassName("passerelle-card");
        heading.setText(getTranslation("documents.title"));
        empty.setText(getTranslation("documents.none"));
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(heading);
        upload = new Upload(new Handler());
        // raw: the file is the request body, streamed to the service as it arrives (never buffered whole by the
        // servlet container, unlike multipart parts), so the size limit stops reading early
        upload.setUploadFormat(UploadFormat.RAW);
        if (uploads.mayUpload(owner)) {
            add(uploadArea());
        }
        add(empty, list);
        refresh();
    }

    private Div uploadArea() {
        long maxMb = properties.maxFileSize().toMegabytes();
        upload.setMaxFiles(properties.maxFilesPerUpload());
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()));
        upload.setDropAllowed(true);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("documents.upload.drop", maxMb, properties.maxFilesPerUpload()))
                .setMany(getTranslation("documents.upload.drop", maxMb, properties.maxFilesPerUpload())));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("documents.upload.button"))
                .setMany(getTranslation("documents.upload.button")));
        upload.setI18n(i18n);
        upload.addAllFinishedListener(finished -> filesInBatch.set(0));
        upload.getStyle().set("max-width", "100%");
        Div area = new Div();
        if (owner.kind() == SubjectKind.SPACE) {
            folder.setLabel(getTranslation("documents.folder"));
            folder.setHelperText(getTranslation("documents.folder.help"));
            folder.setMaxLength(200);
            folder.addValueChangeListener(change -> folderValue = change.getValue());
            area.add(folder);
        }
        area.add(upload);
        return area;
    }

    /**
     * Receives one file of an upload (on the upload's request thread, without the UI lock): at most the
     * configured number per batch, everything else decided by the service.
     */
    Outcome receive(String fileName, long size, InputStream content) {
        String shownName = fileName == null ? "" : fileName;
        if (filesInBatch.incrementAndGet() > properties.maxFilesPerUpload()) {
            return new Outcome(false, shownName, "documents.error.too-many", properties.maxFilesPerUpload());
        }
        try {
            UploadResult result = uploads.upload(owner, folderValue, fileName, size, content);
            String key = result.alreadyThere() ? "documents.upload.already-there" : "documents.upload.done";
            return new Outcome(
                    true, result.document().name(), key, result.document().name());
        } catch (UserFacingException refusal) {
            return new Outcome(false, shownName, refusal.messageKey(), refusal.arguments());
        }
    }

    /** Shows what became of a file and the list as it is now (in the UI's lock). */
    void show(Outcome outcome) {
        String message = getTranslation(outcome.key(), outcome.arguments());
        if (outcome.accepted()) {
            Feedback.success(message);
        } else {
            Feedback.error(getTranslation("documents.upload.refused", outcome.fileName(), message));
        }
        refresh();
    }

    void refresh() {
        List<DocumentSummary> current = documents.list(owner);
        list.removeAll();
        current.forEach(document -> list.add(row(document)));
        empty.setVisible(current.isEmpty());
    }

    private Div row(DocumentSummary document) {
        return new DocumentRow(document, () -> confirmDelete(document));
    }

    private void confirmDelete(DocumentSummary document) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.delete.confirm", document.name()));
        Button confirm = new Button(getTranslation("documents.delete"), click -> {
            try {
                documents.delete(document.id());
                Feedback.success(getTranslation("documents.deleted", document.name()));
            } catch (UserFacingException refusal) {
                Feedback.error(Feedback.text(refusal));
            }
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("documents.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Receives each file of an upload on its request thread; Vaadin's own limits bound multipart requests too. */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            Outcome outcome = receive(event.getFileName(), event.getFileSize(), event.getInputStream());
            UI ui = event.getUI();
            if (!outcome.accepted()) {
                event.reject(ui.getTranslation(outcome.key(), outcome.arguments()));
            }
            ui.access(() -> viewer.run(() -> show(outcome)));
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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unregister = changes.register(owner, change -> ui.access(() -> viewer.run(this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        super.onDetach(event);
    }
}
