package org.passerelle.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.passerelle.base.Languages;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.documents.TextPage;
import org.passerelle.extraction.TextSource;

/**
 * A document's extracted text, one page at a time (only the page shown is loaded), marked with the page's language
 * for screen readers, with a notice when it was read by OCR.
 */
final class DocumentTextReader extends Div {

    final Div text = new Div();
    final Span position = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Paragraph notice = new Paragraph();
    /** Says when the text was read by OCR (it may hold misread words). */
    final Paragraph source = new Paragraph();

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
        source.setVisible(false);
        add(new H3(getTranslation("documents.text")), source, notice, text, navigation);
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
            text.getElement().setAttribute("lang", "");
            source.setVisible(false);
            notice.setText(getTranslation(
                    switch (document.state()) {
                        case EMPTY -> "documents.text.empty";
                        case FAILED -> "documents.text.failed";
                        default -> "documents.text.none";
                    }));
            notice.setVisible(true);
            position.setText("");
            previous.setVisible(false);
            next.setVisible(false);
            return;
        }
        TextPage shown = loaded.get();
        page = shown.number();
        text.setText(shown.text());
        // screen readers read the page in its own language; only a known ISO code is written
        String language = shown.language();
        text.getElement().setAttribute("lang", Languages.isValid(language) ? language : "");
        showSource(document.textSource());
        notice.setText(getTranslation("documents.text.truncated"));
        notice.setVisible(shown.truncated());
        position.setText(getTranslation("documents.text.page", shown.number(), shown.pageCount()));
        boolean paged = shown.pageCount() > 1;
        previous.setVisible(paged);
        next.setVisible(paged);
        previous.setEnabled(page > 1);
        next.setEnabled(page < shown.pageCount());
    }

    private void showSource(TextSource from) {
        if (from == TextSource.OCR || from == TextSource.MIXED) {
            source.setText(getTranslation(from == TextSource.OCR ? "documents.text.ocr" : "documents.text.mixed"));
            source.setVisible(true);
        } else {
            source.setVisible(false);
        }
    }
}
