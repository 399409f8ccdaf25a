package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.passerelle.extraction.ExtractionFailure;
import org.xml.sax.ContentHandler;

/**
 * Parses one file with Tika: text (bounded), metadata and language. It runs inside the worker JVM; the benchmark
 * also runs it in-process to measure what the isolation costs. Not thread-safe (one per worker).
 *
 * <p>When the content-based parse fails on a well-formed file, a fallback reads it: an EPUB through its spine
 * ({@link EpubSpine}), a Strict Open XML Word file ({@link StrictWordDocument}); then, when the declared file name
 * names another type that Tika can parse, the file is parsed a second time as that type (a DOCX written by a tool
 * that orders its zip entries oddly, a text file Tika takes for binary). Pages without a text layer and photos are
 * then read by OCR ({@link TextAssembly}).
 */
public final class TikaExtractor {

    private static final String EPUB = "application/epub+zip";
    private static final String PDF = "application/pdf";
    private static final List<String> SPREADSHEET =
            List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-tika-ooxml");
    private static final List<String> WORD = List.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-tika-ooxml");

    private final WorkerLimits limits;
    private final TextAssembly assembly;
    private final AutoDetectParser byContent;
    private final AutoDetectParser byName;
    private final MimeTypes mimeTypes;
    private final PdfText pdfText;

    public TikaExtractor(WorkerLimits limits) {
        this(limits, OcrSettings.defaults());
    }

    public TikaExtractor(WorkerLimits limits, OcrSettings ocr) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.mimeTypes = config.getMimeRepository();
        this.byContent = new AutoDetectParser(config);
        this.byName = new AutoDetectParser(config);
        Detector nameOnly = (input, metadata) -> typeFromName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        this.byName.setDetector(nameOnly);
        this.assembly = new TextAssembly(limits, ocr, new LanguageGuess());
        // long PDFs are read in two page ranges at once where there are two cores: 2.3x pdftotext's speed instead
        // of 2.1x on the benchmark's large PDFs, on a quiet machine (it did not pay on a loaded one)
        this.pdfText = new PdfText(
                limits.maxCharacters(), Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public WorkerReply extract(Path file, String declaredFileName) {
        long start = System.nanoTime();
        Attempt attempt = attempt(file, declaredFileName);
        return attempt.succeeded() ? assembly.reply(attempt, file, start) : attempt.failed();
    }

    private Attempt attempt(Path file, String declaredFileName) {
        Attempt textLayer = pdfTextLayer(file, declaredFileName);
        if (textLayer != null) {
            return textLayer;
        }
        Attempt first = parse(byContent, file, declaredFileName);
        if (first.succeeded()) {
            return first;
        }
        // a password or a limit is not something another reader gets past
        if (first.failure() == ExtractionFailure.DAMAGED || first.failure() == ExtractionFailure.UNSUPPORTED) {
            Attempt fallback = fallback(first.mediaType(), file, declaredFileName);
            if (fallback != null && (fallback.succeeded() || fallback.failure() != ExtractionFailure.DAMAGED)) {
                return fallback; // its text, or the limit it reached (a bomb in an EPUB Tika could not open)
            }
        }
        if (first.isFinal()) {
            return first;
        }
        MediaType named = typeFromName(declaredFileName);
        if (!MediaType.OCTET_STREAM.equals(named) && !named.toString().equals(first.mediaType()) && hasParser(named)) {
            Attempt second = parse(byName, file, declaredFileName);
            if (second.succeeded()) {
                return second;
            }
        }
        return first;
    }

    /**
     * A PDF's text layer read with PDFBox directly ({@link PdfText}, faster than through Tika's parser; its scanned
     * pages are then read by OCR like any other); null when Tika should read it: not a PDF, a PDF with forms or
     * attached files, or one that is damaged or protected (Tika then tells the specific reason).
     */
    private Attempt pdfTextLayer(Path file, String declaredFileName) {
        if (!startsLikePdf(file)) {
            return null;
        }
        try {
            PdfText.Result read = pdfText.extract(file).orElse(null);
            if (read == null) {
                return null;
            }
            Metadata metadata = new Metadata();
            if (declaredFileName != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, declaredFileName);
            }
            metadata.set(Metadata.CONTENT_TYPE, PDF);
            metadata.set(TikaCoreProperties.TIKA_PARSED_BY, PdfText.class.getName());
            if (read.title() != null) {
                metadata.set(TikaCoreProperties.TITLE, read.title());
            }
            if (read.author() != null) {
                metadata.add(TikaCoreProperties.CREATOR, read.author());
            }
            if (read.created() != null) {
                metadata.set(TikaCoreProperties.CREATED, java.util.Date.from(read.created()));
            }
            metadata.set(org.apache.tika.metadata.PagedText.N_PAGES, read.pages());
            return Attempt.success(metadata, read.text(), read.truncated(), new StructureCounter());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** "%PDF-" within the first kilobyte, as PDF readers and Tika's detection accept it. */
    private static boolean startsLikePdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("%PDF-");
        } catch (IOException e) {
            return false;
        }
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

    /** What a parse does with the file, the text handler, the metadata and the context. */
    private interface Body {
        /** @return false when the file is not for this parse (then it is not a success either) */
        boolean parse(TikaInputStream input, ContentHandler handler, Metadata metadata, ParseContext context)
                throws Exception;
    }

    private Attempt parse(AutoDetectParser parser, Path file, String declaredFileName) {
        return parse(parser, file, declaredFileName, (input, handler, metadata, context) -> {
            parser.parse(input, handler, metadata, context);
            return true;
        });
    }

    private Attempt parse(Parser parser, Path file, String declaredFileName, Body body) {
        Metadata metadata = new Metadata();
        if (declaredFileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, declaredFileName);
        }
        StringWriter text = new StringWriter();
        StructureCounter structure = new StructureCounter();
        BodyContentHandler content =
                new BodyContentHandler(new PageBreaks(new WriteOutContentHandler(text, limits.maxCharacters())));
        ParseContext context = context(parser);
        BoundedEmbeddedExtractor embedded = new BoundedEmbeddedExtractor(context, limits);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
            if (!body.parse(input, new TeeContentHandler(content, structure), metadata, context)) {
                return null;
            }
            return Attempt.success(metadata, text.toString(), embedded.skippedAny(), structure);
        } catch (Exception | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Attempt.success(metadata, text.toString(), true, structure);
            }
            ExtractionFailure reason = FailureReasons.of(e);
            // encrypted files and bombs fail the same way under any parser: no second attempt
            return Attempt.failure(
                    metadata, reason, e instanceof ZeroByteFileException || reason != ExtractionFailure.DAMAGED);
        }
    }

    /** Readers of well-formed files Tika fails on; null when none applies. */
    private Attempt fallback(String mediaType, Path file, String declaredFileName) {
        if (EPUB.equals(mediaType)) {
            return parse(byContent, file, declaredFileName, (input, handler, metadata, context) -> {
                metadata.set(Metadata.CONTENT_TYPE, EPUB);
                metadata.set(TikaCoreProperties.TIKA_PARSED_BY, EpubSpine.class.getName());
                return EpubSpine.read(file, metadata, (chapter, name) -> {
                    Metadata own = new Metadata();
                    own.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
                    byContent.parse(chapter, new EmbeddedContentHandler(handler), own, context);
                });
            });
        }
        if (WORD.contains(mediaType)) {
            Attempt word = strictOpenXml(
                    file, declaredFileName, WORD.getFirst(), StrictWordDocument.class, StrictWordDocument::read);
            if (word != null || !SPREADSHEET.contains(mediaType)) {
                return word;
            }
        }
        if (SPREADSHEET.contains(mediaType)) {
            return strictOpenXml(
                    file, declaredFileName, SPREADSHEET.getFirst(), StrictSpreadsheet.class, StrictSpreadsheet::read);
        }
        return null;
    }

    /** Reads a Strict Open XML file (which POI refuses) into text with the given reader. */
    private interface StrictReader {
        /** @return false when the file is not of this kind (nothing written) */
        boolean read(Path file, BoundedText text, Metadata metadata) throws Exception;
    }

    private Attempt strictOpenXml(
            Path file, String declaredFileName, String type, Class<?> reader, StrictReader strict) {
        return parse(byContent, file, declaredFileName, (input, handler, metadata, context) -> {
            BoundedText text = new BoundedText(limits.maxCharacters());
            if (!strict.read(file, text, metadata)) {
                return false;
            }
            metadata.set(Metadata.CONTENT_TYPE, type);
            metadata.set(TikaCoreProperties.TIKA_PARSED_BY, reader.getName());
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            // a form feed is no XML character: each page goes as the page element PageBreaks marks
            for (String page : text.toString().split(String.valueOf(PageBreaks.BREAK), -1)) {
                xhtml.startElement("div", "class", "page");
                xhtml.characters(page);
                xhtml.endElement("div");
            }
            xhtml.endDocument();
            if (text.truncated()) {
                throw new WriteLimitReachedException(limits.maxCharacters());
            }
            return true;
        });
    }

    private ParseContext context(Parser parser) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true); // OCR is the worker's own (TextAssembly), bounded per file
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

    static List<String> splitPages(String raw) {
        List<String> pages = new ArrayList<>(Arrays.asList(raw.split(String.valueOf(PageBreaks.BREAK), -1)));
        pages.replaceAll(String::strip);
        if (pages.size() > 1 && pages.getLast().isEmpty()) {
            pages.removeLast(); // the break after the last page
        }
        return pages;
    }
}
