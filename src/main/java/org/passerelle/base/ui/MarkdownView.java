package org.passerelle.base.ui;

import com.vaadin.flow.component.html.Div;
import org.passerelle.base.MarkdownHtml;

/**
 * Markdown shown on a page: rendered and sanitised on the server by {@link MarkdownHtml} (the browser only
 * receives HTML in which nothing runs). Every module shows Markdown through this component or, in a Lit
 * template, through {@link MarkdownHtml} directly.
 */
public class MarkdownView extends Div {

    private String markdown = "";

    public MarkdownView() {
        addClassName("passerelle-markdown");
    }

    public MarkdownView(String markdown) {
        this();
        setMarkdown(markdown);
    }

    public final void setMarkdown(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
        getElement().setProperty("innerHTML", MarkdownHtml.render(this.markdown));
    }

    /** The text as written (the HTML is in the element's {@code innerHTML} property). */
    public String getMarkdown() {
        return markdown;
    }
}
