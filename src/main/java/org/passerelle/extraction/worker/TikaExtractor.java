package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Parses one file with Tika: text (bounded), metadata and language. It runs inside the worker JVM; the benchmark
 * also runs it in-process to measure what the isolation costs. Not thread-safe (one per worker).
 *
 * <p>When the content-based parse fails, or finds no parser, and the declared file name names another type that
 * Tika can parse, the file is parsed a second time as that type: a well-formed file in an unusual container (a
 * DOCX written by a tool that orders its zip entries oddly, a text file Tika takes for binary) still yields text.
 */
public final class TikaExtractor {

    static final String FAILURE_ENCRYPTED = "extraction.failure.encrypted";
    static final String FAILURE_DAMAGED = "extraction.failure.damaged";
    static final String FAILURE_UNSUPPORTED = "extraction.failure.unsupported";
    static final String FAILURE_TOO_LARGE = "extraction.failure.too-large";

    private final WorkerLimits limits;
    private final AutoDetectParser byContent;
    private final AutoDetectParser byName;
    private final MimeTypes mimeTypes;
    private final LanguageGuess languages;

    public TikaExtractor(WorkerLimits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.mimeTypes = config.getMimeRepository();
        this.byContent = new AutoDetectParser(config);
        this.byName = new AutoDetectParser(config);
        Detector nameOnly = (input, metadata) -> typeFromName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        this.byName.setDetector(nameOnly);
        this.languages = new LanguageGuess();
    }

    public WorkerReply extract(Path file, String declaredFileName) {
        Attempt first = parse(byContent, file, declaredFileName);
        if (first.succeeded() || first.isFinal()) {
            return first.reply(languages);
        }
        MediaType named = typeFromName(declaredFileName);
        if (!MediaType.OCTET_STREAM.equals(named) && !named.toString().equals(first.mediaType) && hasParser(named)) {
            Attempt second = parse(byName, file, declaredFileName);
            if (second.succeeded()) {
                return second.reply(languages);
            }
        }
        return first.reply(languages);
    }

    /**
     * Loads the PDF parser's classes and the language model before the first real file (PDFs are most of what is
     * uploaded): the first file is then as fast as the following ones.
     */
    public void warmUp() {
        try {
            Path sample = Files.createTempFile("passerelle-warm-up", ".pdf");
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(40, 700);
                    content.showText("Les associations de la diaspora et le conseil consultatif.");
                    content.endText();
                }
                document.save(sample.toFile());
                extract(sample, "warm-up.pdf");
            } finally {
                Files.deleteIfExists(sample);
            }
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the first real file pays the class loading instead
        }
    }

    private Attempt parse(AutoDetectParser parser, Path file, String declaredFileName) {
        Metadata metadata = new Metadata();
        if (declaredFileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, declaredFileName);
        }
        StringWriter text = new StringWriter();
        StructureCounter structure = new StructureCounter();
        BodyContentHandler body =
                new BodyContentHandler(new PageBreaks(new WriteOutContentHandler(text, limits.maxCharacters())));
        ParseContext context = context(parser);
        BoundedEmbeddedExtractor embedded = new BoundedEmbeddedExtractor(context, limits);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
            parser.parse(input, new TeeContentHandler(body, structure), metadata, context);
            return Attempt.success(metadata, text.toString(), embedded.skippedAny(), structure);
        } catch (Exception | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Attempt.success(metadata, text.toString(), true, structure);
            }
            return Attempt.failure(metadata, reason(e), isFinal(e));
        }
    }

    private ParseContext context(Parser parser) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private MediaType typeFromName(String name) {
        if (name == null || name.isBlank()) {
            return MediaType.OCTET_STREAM;
        }
        return mimeTypes.getMimeType(name).getType();
    }

    private boolean hasParser(MediaType type) {
        return byName.getParsers().containsKey(mimeTypes.getMediaTypeRegistry().normalize(type));
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException
                    || cause instanceof org.apache.poi.EncryptedDocumentException
                    || cause.getClass().getSimpleName().contains("InvalidPassword")) {
                return FAILURE_ENCRYPTED;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof TikaMemoryLimitException || message.contains("zip bomb")) {
                return FAILURE_TOO_LARGE;
            }
            if (cause instanceof UnsupportedFormatException || message.contains("strict ooxml isn't")) {
                return FAILURE_UNSUPPORTED; // e.g. "Strict OOXML" spreadsheets, which POI cannot read
            }
        }
        return FAILURE_DAMAGED;
    }

    /** Encrypted files and bombs fail the same way under any parser: no second attempt. */
    private static boolean isFinal(Throwable e) {
        return e instanceof ZeroByteFileException || !FAILURE_DAMAGED.equals(reason(e));
    }

    private record Attempt(
            boolean succeeded,
            boolean isFinal,
            String mediaType,
            String failureKey,
            Metadata metadata,
            String text,
            boolean truncated,
            StructureCounter structure) {

        static Attempt success(Metadata metadata, String text, boolean truncated, StructureCounter structure) {
            String type = baseType(metadata);
            if (parsedByNothing(metadata)) {
                return new Attempt(false, false, type, FAILURE_UNSUPPORTED, metadata, "", false, structure);
            }
            return new Attempt(true, true, type, null, metadata, text.strip(), truncated, structure);
        }

        static Attempt failure(Metadata metadata, String failureKey, boolean isFinal) {
            return new Attempt(false, isFinal, baseType(metadata), failureKey, metadata, "", false, null);
        }

        WorkerReply reply(LanguageGuess languages) {
            if (!succeeded) {
                return new WorkerReply(
                        false, mediaType, failureKey, false, null, null, null, null, null, null, "unknown", "");
            }
            return new WorkerReply(
                    true,
                    mediaType,
                    null,
                    truncated,
                    blankToNull(metadata.get(TikaCoreProperties.TITLE)),
                    author(metadata),
                    created(metadata),
                    pages(metadata),
                    sheets(mediaType, metadata, structure),
                    slides(mediaType, metadata, structure),
                    languages.detect(text),
                    text);
        }

        private static boolean parsedByNothing(Metadata metadata) {
            String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
            for (String parser : parsers) {
                if (!parser.endsWith("EmptyParser") && !parser.endsWith("DefaultParser")) {
                    return false;
                }
            }
            return true;
        }

        private static String baseType(Metadata metadata) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            MediaType parsed = type == null ? null : MediaType.parse(type);
            return parsed == null
                    ? MediaType.OCTET_STREAM.toString()
                    : parsed.getBaseType().toString();
        }

        private static String author(Metadata metadata) {
            String[] creators = metadata.getValues(TikaCoreProperties.CREATOR);
            return creators.length == 0 ? null : blankToNull(String.join(", ", creators));
        }

        private static Instant created(Metadata metadata) {
            Date date = metadata.getDate(TikaCoreProperties.CREATED);
            return date == null ? null : date.toInstant();
        }

        private static Integer pages(Metadata metadata) {
            Integer pages = metadata.getInt(PagedText.N_PAGES);
            return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
        }

        private static Integer sheets(String type, Metadata metadata, StructureCounter structure) {
            if (!type.contains("spreadsheet") && !type.contains("excel")) {
                return null;
            }
            Integer tables = metadata.getInt(Office.TABLE_COUNT);
            return tables != null && tables > 0 ? tables : positive(structure.pages());
        }

        private static Integer slides(String type, Metadata metadata, StructureCounter structure) {
            if (!type.contains("presentation") && !type.contains("powerpoint")) {
                return null;
            }
            Integer slides = metadata.getInt(Office.SLIDE_COUNT);
            return slides != null && slides > 0 ? slides : positive(structure.slides());
        }

        private static Integer positive(int count) {
            return count > 0 ? count : null;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
