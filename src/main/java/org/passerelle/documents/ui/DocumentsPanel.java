package org.passerelle.documents.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.documents.OwnerRef;
import org.passerelle.documents.OwnerType;
import org.passerelle.documents.UploadResult;

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
    private final OwnerRef owner;
    private final DocumentService documents;
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
            OwnerRef owner, DocumentService documents, DocumentChanges changes, DocumentsProperties properties) {
        this.owner = owner;
        this.documents = documents;
        this.changes = changes;
        this.properties = properties;
        addClassName("passerelle-card");
        heading.setText(getTranslation("documents.title"));
        empty.setText(getTranslation("documents.none"));
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(heading);
        upload = new Upload((UploadHandler) event -> {
            Outcome outcome = receive(event.getFileName(), event.getFileSize(), event.getInputStream());
            UI ui = event.getUI();
            ui.access(() -> viewer.run(() -> show(outcome)));
        });
        if (documents.mayUpload(owner)) {
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
        if (owner.type() == OwnerType.SPACE) {
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
            UploadResult result = documents.upload(owner, folderValue, fileName, size, content);
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
        RouterLink name = new RouterLink(document.name(), DocumentView.class, DocumentView.parameters(document.id()));
        Span details = new Span(detailsOf(document));
        details.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Anchor download = new Anchor(document.downloadAddress(), getTranslation("documents.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        Div row = new Div(name, details, DocumentTexts.state(this, document), download);
        if (document.mayDelete()) {
            Button delete = new Button(getTranslation("documents.delete"), click -> confirmDelete(document));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(delete);
        }
        row.addClassName("passerelle-document");
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
        return row;
    }

    private String detailsOf(DocumentSummary document) {
        String where = document.folder().isEmpty() ? "" : document.folder() + " · ";
        String version =
                document.versionNo() > 1 ? getTranslation("documents.version", document.versionNo()) + " · " : "";
        return where + version + DocumentTexts.size(this, document.size()) + " · "
                + DocumentTexts.date(this, document.uploadedAt());
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
