package org.passerelle.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.passerelle.base.Formats;
import org.passerelle.base.Languages;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.documents.ExtractionState;

/** How documents' sizes, dates, languages and states read, shared by the panel and the page. */
final class DocumentTexts {

    private DocumentTexts() {}

    static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    static String size(Component c, long bytes) {
        if (bytes < 1024 * 1024) {
            return c.getTranslation("documents.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return c.getTranslation("documents.size.mb", String.format(locale(), "%.1f", bytes / (1024.0 * 1024)));
    }

    static String date(Component c, Instant instant) {
        return Formats.dateTime(instant, locale());
    }

    static String language(Component c, String code) {
        if (code == null || code.isBlank() || "unknown".equals(code)) {
            return c.getTranslation("documents.language.unknown");
        }
        return Languages.name(code, locale());
    }

    /** Its languages by share ("French 92 %, English 8 %"), or its one language as named by {@link #language}. */
    static String languages(Component c, DocumentSummary document) {
        if (document.languages().size() < 2) {
            return language(c, document.language());
        }
        return document.languages().stream()
                .map(share -> c.getTranslation(
                        "documents.meta.language-share", language(c, share.language()), share.percent()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The state of the document's text, with the reason when it failed or has none. */
    static Span state(Component c, DocumentSummary document) {
        Span state = new Span();
        state.getElement().getThemeList().add("badge");
        if (document.damaged()) {
            state.setText(c.getTranslation("documents.damaged"));
            state.getElement().getThemeList().add("error");
            return state;
        }
        String text = c.getTranslation(document.state().messageKey());
        if (document.state() == ExtractionState.FAILED && document.failureKey() != null) {
            text += " — " + c.getTranslation(document.failureKey());
            state.getElement().getThemeList().add("error");
        } else if (document.state() == ExtractionState.EMPTY && document.failureKey() != null) {
            text += " — " + c.getTranslation(document.failureKey());
            state.getElement().getThemeList().add("contrast");
        } else if (document.state() == ExtractionState.DONE) {
            state.getElement().getThemeList().add("success");
        }
        state.setText(text);
        state.getElement().setAttribute("aria-live", "polite");
        return state;
    }
}
