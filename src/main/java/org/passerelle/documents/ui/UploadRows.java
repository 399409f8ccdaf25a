package org.passerelle.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * What became of each file of the current upload, one row per file, in the person's language: accepted, or
 * refused with the server's reason on that file's own row (Vaadin's file list shows one fixed text for every
 * refusal, it does not read the server's answer). Accepted rows go when the batch is done; refused ones stay
 * until the person removes them, one by one or all at once. A polite live region, so that a screen reader
 * announces each outcome as it comes.
 */
final class UploadRows extends Div {

    final Div rows = new Div();
    final Button clear = new Button();

    UploadRows() {
        getElement().setAttribute("aria-live", "polite");
        rows.getElement().setAttribute("role", "list");
        rows.getElement().setAttribute("aria-label", getTranslation("documents.upload.list"));
        rows.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        clear.setText(getTranslation("documents.upload.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClickListener(click -> clearAll());
        add(rows, clear);
        update();
    }

    void accepted(String fileName, String status) {
        rows.add(new Row(fileName, status, false));
        update();
    }

    void refused(String fileName, String reason) {
        rows.add(new Row(fileName, getTranslation("documents.upload.row.refused", reason), true));
        update();
    }

    /** The batch is done: the accepted files are in the list of documents now, only the refusals stay. */
    void batchDone() {
        shown().stream().filter(row -> !row.refused).forEach(rows::remove);
        update();
    }

    void clearAll() {
        rows.removeAll();
        update();
    }

    List<Row> shown() {
        return rows.getChildren()
                .filter(Row.class::isInstance)
                .map(Row.class::cast)
                .toList();
    }

    private void update() {
        // the live region itself stays, empty, so that the first row added to it is announced too
        clear.setVisible(shown().stream().anyMatch(row -> row.refused));
    }

    /** One file: its name, what became of it, and for a refusal a button that takes the row away. */
    final class Row extends Div {

        final Span name;
        final Span status;
        final Button remove;
        final boolean refused;

        Row(String fileName, String text, boolean refused) {
            this.refused = refused;
            getElement().setAttribute("role", "listitem");
            name = new Span(fileName);
            name.getStyle().set("font-weight", "600");
            status = new Span(text);
            status.getStyle().set("color", refused ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
            add(name, status);
            remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                rows.remove(this);
                update();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            String label = getTranslation("documents.upload.row.remove", fileName);
            remove.setAriaLabel(label);
            remove.setTooltipText(label);
            remove.setVisible(refused);
            add(remove);
            getStyle()
                    .set("display", "flex")
                    .set("flex-wrap", "wrap")
                    .set("align-items", "center")
                    .set("gap", "0 var(--lumo-space-s)")
                    .set("overflow-wrap", "anywhere");
        }
    }
}
