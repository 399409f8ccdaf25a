package org.passerelle.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsProperties;
import org.passerelle.security.Viewer;

/**
 * The documents of one owner, for its page: the list with the live state of each text, and for people who may
 * upload, an upload area (several files, drag and drop, progress) with a folder for space libraries. The server
 * decides everything; this panel only reports. It follows changes live while attached.
 */
public final class DocumentsPanel extends Div {

    final H3 heading = new H3();
    final UploadArea uploadArea;
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    private final SubjectRef owner;
    private final DocumentService documents;
    private final boolean attachments;
    private final boolean mayUpload;

    public DocumentsPanel(
            SubjectRef owner,
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        this(owner, documents, uploads, changes, properties, false);
    }

    private DocumentsPanel(
            SubjectRef owner,
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties,
            boolean attachments) {
        this.owner = owner;
        this.documents = documents;
        this.attachments = attachments;
        heading.setText(getTranslation("documents.title"));
        empty.setText(getTranslation("documents.none"));
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        if (attachments) {
            add(new H5(getTranslation("documents.attachments")));
        } else {
            addClassName("passerelle-card");
            add(heading);
        }
        uploadArea = new UploadArea(owner, uploads, properties, this::refresh);
        mayUpload = uploads.mayUpload(owner);
        if (mayUpload) {
            add(uploadArea);
        }
        add(empty, list);
        // pushed changes (the extraction moving on) are shown with the viewer's rights: the relay's threads have none
        Viewer viewer = Viewer.current();
        LiveUpdates.bind(this, changes.channel(), owner, change -> viewer.run(this::refresh));
        refresh();
    }

    /**
     * The files attached to a smaller thing shown inside another's page (a progress report): a small heading, and
     * nothing at all when there is no file and the reader may not add one.
     */
    public static DocumentsPanel attachments(
            SubjectRef owner,
            DocumentService documents,
            DocumentUploads uploads,
            DocumentChanges changes,
            DocumentsProperties properties) {
        return new DocumentsPanel(owner, documents, uploads, changes, properties, true);
    }

    void refresh() {
        List<DocumentSummary> current = documents.list(owner);
        list.removeAll();
        current.forEach(document -> list.add(row(document)));
        empty.setVisible(current.isEmpty() && !attachments);
        if (attachments) {
            setVisible(mayUpload || !current.isEmpty());
        }
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
}
