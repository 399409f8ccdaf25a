package org.passerelle.extraction.worker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.extraction.LanguageSpan;
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.TextSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a successful parse into the reply: pages without a text layer and photos are read by OCR, the pages are
 * joined with form feeds, and the outcome follows from what was found — DONE with at least one letter or digit
 * (then its source and the language of each page or section), otherwise EMPTY with the reason there is no text.
 */
final class TextAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(TextAssembly.class);
    private static final String PDF = "application/pdf";

    private final WorkerLimits limits;
    private final OcrSettings ocrSettings;
    private final LanguageGuess languages;

    TextAssembly(WorkerLimits limits, OcrSettings ocrSettings, LanguageGuess languages) {
        this.limits = limits;
        this.ocrSettings = ocrSettings;
        this.languages = languages;
    }

    WorkerReply reply(Attempt attempt, Path file, long startNanos) {
        List<String> pages = TikaExtractor.splitPages(attempt.text());
        Ocr ocr = new Ocr(ocrSettings, startNanos);
        List<Integer> fromOcr = readImages(attempt, file, pages, ocr);

        String text = String.join(String.valueOf(PageBreaks.BREAK), pages);
        boolean truncated = attempt.truncated() || ocr.skippedAny();
        if (text.length() > limits.maxCharacters()) {
            text = text.substring(0, limits.maxCharacters());
            truncated = true;
        }
        if (!Texts.hasText(text)) {
            if (ocr.imagePages() > 0 && ocr.pagesRead() == 0 && !ocr.disabled() && !ocr.notInstalled()) {
                // images to read, but the time was spent before the first one
                return attempt.failed(org.passerelle.extraction.ExtractionFailure.TOO_SLOW);
            }
            return attempt.reply(
                    "", truncated, List.of(), null, noTextReason(ocr).key());
        }
        List<LanguageSpan> spans = LanguageSpans.of(text, languages);
        return attempt.reply(text, truncated, spans, source(pages, fromOcr), null);
    }

    /** @return the indices of the pages whose text now comes from OCR */
    private static List<Integer> readImages(Attempt attempt, Path file, List<String> pages, Ocr ocr) {
        try {
            if (PDF.equals(attempt.mediaType())) {
                return ScannedPages.read(file, pages, ocr);
            }
            if (PhotoOcr.TYPES.contains(attempt.mediaType())
                    && Texts.lettersAndDigits(String.join(" ", pages), ScannedPages.MIN_TEXT_LAYER)
                            < ScannedPages.MIN_TEXT_LAYER) {
                String text = PhotoOcr.read(file, attempt.orientation(), ocr);
                if (Texts.hasText(text)) {
                    pages.clear();
                    pages.add(text);
                    return List.of(0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a page that cannot be rendered or an image that cannot be decoded: the text layer stands alone
            LOG.warn("OCR of {} stopped: {}", file.getFileName(), e.toString());
        }
        return List.of();
    }

    private static NoTextReason noTextReason(Ocr ocr) {
        if (ocr.imagePages() == 0) {
            return NoTextReason.NO_TEXT;
        }
        if (ocr.disabled()) {
            return NoTextReason.OCR_DISABLED;
        }
        if (ocr.notInstalled()) {
            return NoTextReason.OCR_NOT_INSTALLED;
        }
        return NoTextReason.OCR_FOUND_NOTHING;
    }

    private static TextSource source(List<String> pages, List<Integer> fromOcr) {
        if (fromOcr.isEmpty()) {
            return TextSource.TEXT_LAYER;
        }
        List<Integer> withText = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (Texts.hasText(pages.get(i))) {
                withText.add(i);
            }
        }
        return fromOcr.containsAll(withText) ? TextSource.OCR : TextSource.MIXED;
    }
}
