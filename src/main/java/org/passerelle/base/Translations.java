package org.passerelle.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The user-interface texts, from {@code messages.properties} (English) and {@code messages_fr.properties}
 * (French). A missing key is logged and shown as {@code !key!} so it is noticed, never as a blank.
 */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "messages";
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale language = supported(locale);
        try {
            String pattern = bundle(language).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException missing) {
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key + "!";
        }
    }

    /** The supported language closest to the given locale (English when none matches). */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
