package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import org.passerelle.base.Bilingual;

/**
 * Marks content written in the other language than the page's (a call described only in French, shown to an
 * English reader) with its own {@code lang}, so a screen reader pronounces it in that language.
 */
public final class OtherLanguage {

    private OtherLanguage() {}

    /** Sets {@code lang} on the component showing this text when the text fell back to the other language. */
    public static <C extends Component> C mark(C shown, Bilingual text) {
        if (text.fallback() && text.language() != null && !text.language().isBlank()) {
            shown.getElement().setAttribute("lang", text.language());
        } else {
            shown.getElement().removeAttribute("lang");
        }
        return shown;
    }
}
