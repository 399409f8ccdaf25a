package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.base.Translations;
import org.springframework.core.io.Resource;

/** English and French bundles have the same keys, no empty text, and every key the code names exists. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\(|Exception\\((?:\\s*\"[A-Za-z]+\",)?)\\s*\"([a-z][A-Za-z0-9_\\-]*\\.[A-Za-z0-9_.\\-]+)\""
                    + "|title = \"([a-z0-9_.\\-]+)\"");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Properties english = all("");
        Properties french = all("_fr");
        assertThat(french.stringPropertyNames())
                .as("keys missing in messages_fr.properties")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .as("keys missing in messages.properties")
                .containsAll(french.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"", "_fr"}) {
            Properties messages = all(bundle);
            messages.stringPropertyNames()
                    .forEach(key -> assertThat(messages.getProperty(key))
                            .as(bundle + " " + key)
                            .isNotBlank());
        }
    }

    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        // MessageFormat reads a single ' as a quote: "n'a {0}" would lose the apostrophe and the argument
        for (String suffix : new String[] {"", "_fr"}) {
            Properties messages = all(suffix);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.matches(".*\\{\\d+.*")) {
                    assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                } else {
                    assertThat(text)
                            .as(key + " is shown as written: no doubled apostrophe")
                            .doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Properties english = all("");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(named);
    }

    /** Every bundle file of one language merged, each module's file included. */
    private static Properties all(String suffix) throws IOException {
        Properties merged = new Properties();
        for (Resource file : Translations.bundleFiles(suffix)) {
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            merged.putAll(properties);
        }
        return merged;
    }
}
