package org.passerelle.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.passerelle.documents.DocumentSummary;

/**
 * One document in a list: its name (to its page), folder, version, size and date, the live state of its text,
 * download, and delete for people who may. Wraps on narrow screens.
 */
final class DocumentRow extends Div {

    DocumentRow(DocumentSummary document, Runnable delete) {
        RouterLink name = new RouterLink(document.name(), DocumentView.class, DocumentView.parameters(document.id()));
        Span details = new Span(details(document));
        details.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Anchor download = new Anchor(document.downloadAddress(), getTranslation("documents.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        add(name, details, DocumentTexts.state(this, document), download);
        if (document.mayDelete()) {
            Button button = new Button(getTranslation("documents.delete"), click -> delete.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(button);
        }
        addClassName("passerelle-document");
        getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
    }

    private String details(DocumentSummary document) {
        String where = document.folder().isEmpty() ? "" : document.folder() + " · ";
        String version =
                document.versionNo() > 1 ? getTranslation("documents.version", document.versionNo()) + " · " : "";
        return where + version + DocumentTexts.size(this, document.size()) + " · "
                + DocumentTexts.date(this, document.uploadedAt());
    }
}
