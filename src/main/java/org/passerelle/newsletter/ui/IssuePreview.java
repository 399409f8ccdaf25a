package org.passerelle.newsletter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import org.passerelle.newsletter.NewsletterService;
import org.passerelle.newsletter.RenderedIssue;

/**
 * The issue as a reader of either language gets it: the HTML mail's content (made by the service: Markdown through
 * the one renderer, every other text escaped) and its plain-text alternative.
 */
final class IssuePreview extends Div {

    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final Div html = new Div();
    final Pre text = new Pre();

    private final NewsletterService newsletters;
    private final long issueId;

    IssuePreview(NewsletterService newsletters, long issueId) {
        this.newsletters = newsletters;
        this.issueId = issueId;
        addClassName("passerelle-card");
        language.setItems(Locale.ENGLISH, Locale.FRENCH);
        language.setItemLabelGenerator(locale -> getTranslation(
                "fr".equals(locale.getLanguage()) ? "newsletter.editor.preview-fr" : "newsletter.editor.preview-en"));
        language.setValue(Locale.ENGLISH);
        language.addValueChangeListener(change -> refresh());
        html.addClassName("passerelle-newsletter-preview");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "16px");
        text.getStyle().set("white-space", "pre-wrap").set("max-width", "80ch");
        add(
                language,
                html,
                new com.vaadin.flow.component.html.H4(getTranslation("newsletter.editor.preview-text")),
                text);
    }

    void refresh() {
        RenderedIssue rendered = newsletters.preview(issueId, language.getValue());
        html.getElement().setProperty("innerHTML", rendered.html() == null ? "" : rendered.html());
        text.setText(rendered.text() == null ? "" : rendered.text());
    }

    String shownHtml() {
        return html.getElement().getProperty("innerHTML", "");
    }
}
