package org.passerelle.spaces.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.passerelle.base.Bilingual;

/** Shows a bilingual text; when it is in the other language, a marker says which one. */
final class SpaceTexts {

    private SpaceTexts() {}

    static Component[] withMarker(Component owner, Bilingual text, Component target) {
        target.getElement().setText(text.text().isEmpty() ? owner.getTranslation("spaces.untitled") : text.text());
        if (!text.fallback()) {
            return new Component[] {target};
        }
        target.getElement().setAttribute("lang", text.language());
        String languageName = Locale.forLanguageTag(text.language())
                .getDisplayLanguage(com.vaadin.flow.component.UI.getCurrent().getLocale());
        Span marker = new Span(
                owner.getTranslation("spaces.language-marker", text.language().toUpperCase(Locale.ROOT)));
        marker.getElement().setAttribute("title", owner.getTranslation("spaces.language-marker.hint", languageName));
        marker.getElement()
                .setAttribute("aria-label", owner.getTranslation("spaces.language-marker.hint", languageName));
        marker.addClassName("passerelle-language-marker");
        return new Component[] {target, marker};
    }
}
