package org.passerelle.security.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;

/** A select of the user-interface languages; each is named in its own language. */
public final class LanguageSwitch extends Select<Locale> {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    public LanguageSwitch(LanguageSelection selection) {
        setItems(LANGUAGES);
        setItemLabelGenerator(
                locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                        + locale.getDisplayLanguage(locale).substring(1));
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
}
