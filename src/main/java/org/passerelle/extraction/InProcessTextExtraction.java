package org.passerelle.extraction;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
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

    private synchronized String language(String text) {
        if (text.length() < 20) {
            return ExtractionResult.UNKNOWN_LANGUAGE;
        }
        languages.reset();
        languages.addText(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        LanguageResult result = languages.detect();
        return result.isUnknown() ? ExtractionResult.UNKNOWN_LANGUAGE : result.getLanguage();
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
