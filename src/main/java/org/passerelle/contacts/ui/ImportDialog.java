package org.passerelle.contacts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.contacts.ContactImport;
import org.passerelle.contacts.ContactsProperties;
import org.passerelle.contacts.ImportPreview;
import org.passerelle.contacts.ImportResult;
import org.passerelle.contacts.ImportRow;
import org.passerelle.contacts.ImportStatus;

/**
 * The CSV import: upload a file, read the preview row by row (new, update, left out and why), then import the
 * valid rows. The file's bytes stay in the dialog between preview and import; the service reads them again.
 */
final class ImportDialog extends Dialog {

    final Upload upload;
    final Paragraph help = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<ImportRow> rows = ComponentTexts.translated(new Grid<>());
    final Button confirm = new Button();
    final Button cancel = new Button();
    private final ContactImport imports;
    private final ContactsProperties properties;
    private final Runnable imported;
    private byte[] file;
    private String fileName;

    ImportDialog(ContactImport imports, ContactsProperties properties, Runnable imported) {
        this.imports = imports;
        this.properties = properties;
        this.imported = imported;
        setHeaderTitle(getTranslation("contacts.import.title"));
        help.setText(
                getTranslation("contacts.import.help", imports.expectedColumns(true), imports.expectedColumns(false)));
        upload = new Upload(new Handler());
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Math.toIntExact(
                Math.min(Integer.MAX_VALUE, properties.importMaxSize().toBytes())));
        upload.setUploadFormat(com.vaadin.flow.component.upload.UploadFormat.RAW);
        upload.setI18n(texts());
        summary.getElement().setAttribute("role", "status");

        rows.addColumn(ImportRow::line)
                .setKey("line")
                .setHeader(getTranslation("contacts.import.column.line"))
                .setAutoWidth(true);
        rows.addColumn(ImportRow::name).setKey("name").setHeader(getTranslation("contacts.import.column.name"));
        rows.addColumn(ImportRow::email).setKey("email").setHeader(getTranslation("contacts.import.column.email"));
        rows.addColumn(this::status)
                .setKey("status")
                .setHeader(getTranslation("contacts.import.column.status"))
                .setFlexGrow(2);
        rows.setHeight("50vh");
        rows.setVisible(false);
        PhoneCards.on(
                rows,
                row -> row.name() + " <" + row.email() + ">",
                row -> List.of(getTranslation("contacts.import.column.line") + " " + row.line(), status(row)));

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> confirm());
        cancel.setText(getTranslation("contacts.import.cancel"));
        cancel.addClickListener(click -> close());
        add(help, upload, summary, rows);
        getFooter().add(cancel, confirm);
        setWidth("min(60rem, 100vw)");
    }

    /** Vaadin's own texts of the upload that a person meets here, in her language. */
    private UploadI18N texts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("contacts.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("contacts.import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("contacts.upload.too-many"))
                .setFileIsTooBig(getTranslation(
                        "contacts.import.error.too-large",
                        properties.importMaxSize().toMegabytes()))
                .setIncorrectFileType(getTranslation("contacts.upload.wrong-type")));
        return i18n;
    }

    String status(ImportRow row) {
        String status = getTranslation(
                switch (row.status()) {
                    case NEW -> "contacts.import.status.NEW";
                    case UPDATE -> "contacts.import.status.UPDATE";
                    case ERROR -> "contacts.import.status.ERROR";
                });
        return row.status() == ImportStatus.ERROR
                ? status + ": " + getTranslation(row.reasonKey(), row.arguments())
                : status;
    }

    /** Previews the file received (the upload calls it; tests too). */
    void receive(String name, byte[] bytes) {
        file = null;
        fileName = name;
        rows.setVisible(false);
        confirm.setVisible(false);
        try {
            ImportPreview preview = imports.preview(bytes, name);
            file = bytes;
            summary.setText(getTranslation(
                    "contacts.import.preview",
                    name,
                    preview.encoding(),
                    preview.count(ImportStatus.NEW),
                    preview.count(ImportStatus.UPDATE),
                    preview.count(ImportStatus.ERROR)));
            rows.setItems(preview.rows());
            rows.setVisible(true);
            long importable = preview.count(ImportStatus.NEW) + preview.count(ImportStatus.UPDATE);
            confirm.setText(getTranslation("contacts.import.confirm", importable));
            confirm.setVisible(importable > 0);
            if (importable == 0) {
                summary.setText(summary.getText() + " " + getTranslation("contacts.import.nothing"));
            }
        } catch (UserFacingException refused) {
            summary.setText(Feedback.text(refused));
        }
    }

    void confirm() {
        if (file == null) {
            return;
        }
        try {
            ImportResult result = imports.importFile(file, fileName);
            Feedback.success(
                    getTranslation("contacts.import.done", result.added(), result.updated(), result.rejected()));
            close();
            imported.run();
        } catch (UserFacingException refused) {
            summary.setText(Feedback.text(refused));
        }
    }

    /** Reads the file on its request thread, bounded by the configured size, then previews it on the UI. */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            long max = properties.importMaxSize().toBytes();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, max + 1)));
            }
            UI ui = event.getUI();
            if (bytes.length > max) {
                event.reject(ui.getTranslation(
                        "contacts.import.error.too-large",
                        properties.importMaxSize().toMegabytes()));
                return;
            }
            String name = event.getFileName();
            ui.access(() -> receive(name, bytes));
        }

        @Override
        public long getFileSizeMax() {
            return properties.importMaxSize().toBytes();
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }
}
