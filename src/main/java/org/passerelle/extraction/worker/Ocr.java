package org.passerelle.extraction.worker;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;

/**
 * OCR of the pages or images of one file, within the file's limits: at most {@link OcrSettings#maxPages()} pages,
 * each within {@link OcrSettings#pageTimeout()}, all within {@link OcrSettings#budget()} from the start of the
 * file. It remembers what happened, which decides the file's outcome when no text was found: OCR switched off,
 * not installed, or read and found nothing. One per file.
 */
final class Ocr {

    /** Less than this is not worth a Tesseract start: the budget is spent. */
    private static final Duration MIN_PAGE_TIME = Duration.ofMillis(500);

    private final OcrSettings settings;
    private final Tesseract tesseract;
    private final long deadline;
    private int imagePages;
    private int pagesRead;
    private boolean notInstalled;
    private boolean skipped;

    Ocr(OcrSettings settings, long startNanos) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings);
        this.deadline = startNanos + settings.budget().toNanos();
    }

    /**
     * Whether another page (or image) may be read; counts the page as one that holds only images either way.
     * False when OCR is off, not installed, or a limit is reached (the text is then marked truncated).
     */
    boolean mayRead() {
        imagePages++;
        if (!settings.enabled() || notInstalled) {
            return false;
        }
        if (pagesRead >= settings.maxPages() || remaining().compareTo(MIN_PAGE_TIME) < 0) {
            skipped = true;
            return false;
        }
        return true;
    }

    /** Reads an image already on disk (a photo as uploaded); "" when nothing was read. */
    String read(Path image, int dpi) {
        Duration timeout = remaining().compareTo(settings.pageTimeout()) < 0 ? remaining() : settings.pageTimeout();
        pagesRead++;
        Tesseract.Result result = tesseract.read(image, dpi, timeout);
        switch (result.status()) {
            case NOT_INSTALLED -> notInstalled = true;
            case TIMED_OUT -> skipped = true;
            default -> {
                // READ, or FAILED on an image Tesseract cannot decode: nothing found on this page
            }
        }
        return result.text();
    }

    /** Reads an image in memory (a rendered page, a scaled or turned photo) through a temporary PNG. */
    String read(BufferedImage image, int dpi) throws IOException {
        Path file = Files.createTempFile("passerelle-ocr", ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
            return read(file, dpi);
        } finally {
            Tesseract.deleteQuietly(file);
        }
    }

    private Duration remaining() {
        return Duration.ofNanos(deadline - System.nanoTime());
    }

    OcrSettings settings() {
        return settings;
    }

    /** Pages (or images) that held no text of their own, whether read by OCR or not. */
    int imagePages() {
        return imagePages;
    }

    int pagesRead() {
        return pagesRead;
    }

    boolean disabled() {
        return !settings.enabled();
    }

    boolean notInstalled() {
        return notInstalled;
    }

    /** Some image pages were not read (page limit, time budget, a page too slow): the text is incomplete. */
    boolean skippedAny() {
        return skipped;
    }
}
