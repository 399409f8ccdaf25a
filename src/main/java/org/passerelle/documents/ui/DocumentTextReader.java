package org.passerelle.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.documents.TextPage;

/** A document's extracted text, one page at a time: only the page shown is loaded. */
final class DocumentTextReader extends Div {

    final Div text = new Div();
    final Span position = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Paragraph notice = new Paragraph();
    private final DocumentService documents;
    private DocumentSummary document;
    private int page = 1;

    DocumentTextReader(DocumentService documents) {
        this.documents = documents;
        addClassName("passerelle-card");
        previous.setText(getTranslation("documents.text.previous"));
        next.setText(getTranslation("documents.text.next"));
        previous.addClickListener(click -> load(page - 1));
        next.addClickListener(click -> load(page + 1));
        text.addClassName("passerelle-document-text");
        text.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("max-width", "75ch")
                .set("line-height", "1.5");
        text.getElement().setAttribute("lang", "");
        HorizontalLayout navigation = new HorizontalLayout(previous, position, next);
        navigation.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navigation.getStyle().set("flex-wrap", "wrap");
        add(new H3(getTranslation("documents.text")), notice, text, navigation);
    }

    void show(DocumentSummary document) {
        show(document, 1);
    }

    /** Shows the document at this page (e.g. where a search found it); the page shown stays on a refresh. */
    void show(DocumentSummary document, int firstPage) {
        boolean same = this.document != null && this.document.id() == document.id();
        this.document = document;
        load(same ? page : Math.max(1, firstPage));
    }

    private void load(int wanted) {
        Optional<TextPage> loaded = documents.textPage(document.id(), wanted);
        if (loaded.isEmpty() || loaded.get().totalChars() == 0) {
            text.setText("");
            notice.setText(getTranslation("documents.text.none"));
            notice.setVisible(true);
            position.setText("");
            previous.setVisible(false);
            next.setVisible(false);
            return;
        }
        TextPage shown = loaded.get();
        page = shown.number();
        text.setText(shown.text());
        String language = document.language();
        text.getElement().setAttribute("lang", language == null || "unknown".equals(language) ? "" : language);
        notice.setText(getTranslation("documents.text.truncated"));
        notice.setVisible(shown.truncated());
        position.setText(getTranslation("documents.text.page", shown.number(), shown.pageCount()));
        boolean paged = shown.pageCount() > 1;
        previous.setVisible(paged);
        next.setVisible(paged);
        previous.setEnabled(page > 1);
        next.setEnabled(page < shown.pageCount());
    }
}
