package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF read with PDFBox directly, pages ended by form feeds, about twice as fast as through Tika's
 * PDF parser on large documents (figures in the extraction benchmark). Where the time went, and what is done here:
 * <ul>
 *   <li>PDFBox's default check for duplicate overlapping glyphs costs a sorted-map search per glyph: it is off, as in
 *       Tika's own PDF parser;
 *   <li>object streams are parsed without PDFBox 3.0's quadratic key look-up ({@link PdfLoader});
 *   <li>long documents are split into page ranges read on separate threads, each with its own {@link PDDocument}
 *       (PDFBox is not thread-safe).
 * </ul>
 *
 * <p>It reads less than Tika: no form field values, attachments, annotations or bookmarks. A document with forms or
 * attached files is declined (empty result), and so the caller reads it with Tika; so are damaged and
 * password-protected files (an exception), whose reason Tika tells better.
 */
public final class PdfText {

    /** Below this many pages per thread a second thread (and a second parse of the document) does not pay. */
    static final int MIN_PAGES_PER_THREAD = 32;

    private final int maxCharacters;
    private final int threads;

    /**
     * @param maxCharacters text beyond this is cut and the result marked truncated
     * @param threads how many page ranges are read at once (1 = no parallel reading)
     */
    public PdfText(int maxCharacters, int threads) {
        this.maxCharacters = maxCharacters;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param text the pages' text, each page ended by a form feed
     * @param pagesWithoutText pages with no letter or digit (blank pages, figures, scans)
     * @param imageOnlyPages of those, the pages that hold an image: candidates for OCR
     */
    public record Result(
            String text,
            boolean truncated,
            int pages,
            int pagesWithoutText,
            int imageOnlyPages,
            String title,
            String author,
            Instant created) {}

    /**
     * The text of the file, or empty when it holds what only Tika's parser reads (form fields, attached files).
     *
     * @throws IOException when the file is damaged or needs a password
     */
    public Optional<Result> extract(Path file) throws IOException {
        try (PDDocument document = PdfLoader.load(file)) {
            if (readsBetterWithTika(document)) {
                return Optional.empty();
            }
            int pages = document.getNumberOfPages();
            int parts = pages >= 2 * MIN_PAGES_PER_THREAD ? Math.min(threads, pages / MIN_PAGES_PER_THREAD) : 1;
            Bounded text = parts == 1 ? strip(document, 1, pages) : inParallel(file, document, pages, parts);
            String all = text.toString();
            return Optional.of(withPageCounts(document, all, text.truncated(), pages));
        }
    }

    private Bounded inParallel(Path file, PDDocument first, int pages, int parts) throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(parts - 1)) {
            List<Future<Bounded>> rest = new ArrayList<>();
            for (int part = 1; part < parts; part++) {
                int from = 1 + pages * part / parts;
                int to = pages * (part + 1) / parts;
                rest.add(pool.submit(() -> {
                    try (PDDocument own = PdfLoader.load(file)) {
                        return strip(own, from, to);
                    }
                }));
            }
            Bounded text = strip(first, 1, pages / parts);
            for (Future<Bounded> part : rest) {
                Bounded next = part.get();
                if (!text.truncated()) {
                    text.append(next);
                }
            }
            return text;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private Bounded strip(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.setLineSeparator("\n");
        stripper.setPageStart("");
        stripper.setPageEnd(String.valueOf(PageBreaks.BREAK));
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        Bounded text = new Bounded(maxCharacters);
        try {
            stripper.writeText(document, text);
        } catch (Bounded.Full full) {
            // the limit is reached: what was read so far is the (truncated) text
        }
        return text;
    }

    private static boolean readsBetterWithTika(PDDocument document) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDAcroForm form = catalog.getAcroForm(null);
        if (form != null && (!form.getFields().isEmpty() || form.hasXFA())) {
            return true;
        }
        return catalog.getNames() != null && catalog.getNames().getEmbeddedFiles() != null;
    }

    private static Result withPageCounts(PDDocument document, String text, boolean truncated, int pages) {
        String[] pageTexts = text.split(String.valueOf(PageBreaks.BREAK), -1);
        int withoutText = 0;
        int imageOnly = 0;
        for (int i = 0; i < Math.min(pages, pageTexts.length); i++) {
            if (pageTexts[i].codePoints().noneMatch(Character::isLetterOrDigit)) {
                withoutText++;
                if (holdsImage(document.getPage(i).getResources())) {
                    imageOnly++;
                }
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar created = info.getCreationDate();
        return new Result(
                text,
                truncated,
                pages,
                withoutText,
                imageOnly,
                info.getTitle(),
                info.getAuthor(),
                created == null ? null : created.toInstant());
    }

    private static boolean holdsImage(PDResources resources) {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true; // an unreadable XObject: let OCR look at the page
            }
        }
        return false;
    }

    /** A writer that keeps at most {@code limit} characters and then stops the stripper. */
    private static final class Bounded extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private boolean truncated;

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int room = limit - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length > room) {
                truncated = true;
                throw new Full();
            }
        }

        void append(Bounded next) {
            int room = limit - text.length();
            text.append(next.text, 0, Math.min(room, next.text.length()));
            truncated = next.truncated || next.text.length() > room;
        }

        boolean truncated() {
            return truncated;
        }

        @Override
        public String toString() {
            return text.toString();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        private static final class Full extends IOException {
            Full() {
                super("character limit reached");
            }
        }
    }
}
