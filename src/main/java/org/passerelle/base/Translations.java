package org.passerelle.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The user-interface texts. English in {@code messages.properties}, French in {@code
 * messages_fr.properties}; each module may add its own pair under {@code i18n/} (e.g. {@code
 * i18n/spaces.properties} and {@code i18n/spaces_fr.properties}). A key defined twice stops the start; a
 * missing key is logged and shown as {@code !key!} so it is noticed, never as a blank.
 */
@Component
public class Translations implements I18NProvider {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Map<String, String> english;
    private final Map<String, String> french;

    public Translations() {
        this.english = load("");
        this.french = load("_fr");
    }

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
        String pattern = (language.equals(Locale.FRENCH) ? french : english).get(key);
        if (pattern == null) {
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
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

    /** Every bundle file of one language: {@code messages<suffix>.properties} and {@code i18n/*<suffix>.properties}. */
    public static List<Resource> bundleFiles(String suffix) {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            List<Resource> files = new java.util.ArrayList<>();
            files.add(resolver.getResource("classpath:messages" + suffix + ".properties"));
            for (Resource module : resolver.getResources("classpath*:i18n/*.properties")) {
                String name = module.getFilename();
                boolean french = name != null && name.endsWith("_fr.properties");
                if (french == suffix.equals("_fr")) {
                    files.add(module);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(String suffix) {
        Map<String, String> texts = new HashMap<>();
        for (Resource file : bundleFiles(suffix)) {
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            for (String key : properties.stringPropertyNames()) {
                if (texts.putIfAbsent(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("Translation key '" + key + "' defined twice (" + file + ")");
                }
            }
        }
        return Map.copyOf(texts);
    }
}
