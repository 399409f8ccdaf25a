package org.passerelle.extraction;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stand-in until the extraction module lands: Tika's auto-detecting parser in the application's own JVM,
 * output bounded to {@link #MAX_CHARS} characters. The real module parses in a separate, supervised JVM.
 */
@Component
class InProcessTextExtraction implements TextExtraction {

    static final int MAX_CHARS = 5_000_000;
    private static final Logger log = LoggerFactory.getLogger(InProcessTextExtraction.class);
    private final AutoDetectParser parser = new AutoDetectParser();
    private static final Map<String, String> ISO_639_1 = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toMap(code -> Locale.of(code).getISO3Language(), code -> code, (a, b) -> a));
    private final LanguageDetector languages = new OpenNLPDetector();

    InProcessTextExtraction() {
        try {
            languages.loadModels();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public ExtractionResult extract(Path file, String declaredFileName) {
        Metadata metadata = new Metadata();
        if (declaredFileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, declaredFileName);
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return ExtractionResult.failed(type(metadata), ExtractionFailure.ENCRYPTED);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                log.info("Extraction failed for {}: {}", file.getFileName(), e.toString());
                return ExtractionResult.failed(type(metadata), ExtractionFailure.DAMAGED);
            }
        } catch (OutOfMemoryError | StackOverflowError e) {
            return ExtractionResult.failed(type(metadata), ExtractionFailure.CRASHED);
        }
        String text = handler.toString().strip();
        return new ExtractionResult(
                Outcome.DONE, type(metadata), text, truncated, metadata(metadata), language(text), null);
    }

    /**
     * OpenNLP names languages in ISO 639-3 and calls even clear paragraphs uncertain, so the best raw score must
     * clearly lead the runner-up; the code is given in ISO 639-1 when there is one.
     */
    private synchronized String language(String text) {
        if (text.codePoints().filter(Character::isLetter).limit(20).count() < 20) {
            return ExtractionResult.UNKNOWN_LANGUAGE;
        }
        languages.reset();
        languages.addText(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        List<LanguageResult> results = languages.detectAll();
        if (results.isEmpty()) {
            return ExtractionResult.UNKNOWN_LANGUAGE;
        }
        LanguageResult best = results.getFirst();
        float runnerUp = results.size() > 1 ? results.get(1).getRawScore() : 0f;
        if (best.getRawScore() < 0.04f || best.getRawScore() < 2 * runnerUp) {
            return ExtractionResult.UNKNOWN_LANGUAGE;
        }
        return ISO_639_1.getOrDefault(best.getLanguage(), best.getLanguage());
    }

    private static String type(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "application/octet-stream" : type.split(";")[0].strip();
    }

    private static DocumentMetadata metadata(Metadata m) {
        Date created = m.getDate(TikaCoreProperties.CREATED);
        Integer pages = m.getInt(PagedText.N_PAGES);
        if (pages == null) {
            pages = m.getInt(Office.PAGE_COUNT);
        }
        return new DocumentMetadata(
                blankToNull(m.get(TikaCoreProperties.TITLE)),
                blankToNull(m.get(TikaCoreProperties.CREATOR)),
                created == null ? null : Instant.ofEpochMilli(created.getTime()),
                pages,
                null,
                m.getInt(Office.SLIDE_COUNT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
