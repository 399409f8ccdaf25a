package org.passerelle.security.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;

/** A select of the user-interface languages; each is named in, and marked as, its own language. */
public final class LanguageSwitch extends Select<Locale> {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    public LanguageSwitch(LanguageSelection selection) {
        setItems(LANGUAGES);
        setItemLabelGenerator(LanguageSwitch::ownName);
        // each option is read in its own language ("Français" with French pronunciation on an English page)
        setRenderer(new ComponentRenderer<>(locale -> {
            Span name = new Span(ownName(locale));
            name.getElement().setAttribute("lang", locale.toLanguageTag());
            return name;
        }));
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        Locale current = getLocale();
        setValue(LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(current.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                selection.choose(event.getValue());
            }
        });
        addClassName("passerelle-language-switch");
    }

    private static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
