package org.passerelle.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.signals.Signal;
import java.util.Locale;

/**
 * Keeps the page's {@code <html lang>} equal to the language of its user interface, so that screen readers
 * pronounce French as French: in the page the server sends, and in the browser whenever the UI's locale
 * changes without a reload.
 */
final class PageLanguage {

    private PageLanguage() {}

    /** Writes the language into the page before it is sent. */
    static void write(IndexHtmlResponse response, Locale locale) {
        response.getDocument().selectFirst("html").attr("lang", locale.toLanguageTag());
    }

    /** Sets the page's language now and again each time the UI's locale changes. */
    static void follow(UI ui) {
        Signal.effect(
                ui,
                () -> ui.getPage()
                        .executeJs(
                                "document.documentElement.lang = $0",
                                ui.localeSignal().get().toLanguageTag()));
    }
}
