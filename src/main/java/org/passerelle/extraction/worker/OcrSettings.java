package org.passerelle.extraction.worker;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How the worker reads images by optical character recognition (Tesseract), passed to the worker JVM as system
 * properties like {@link WorkerLimits}.
 *
 * @param enabled false: image-only pages and photos yield no text ("OCR is switched off")
 * @param languages Tesseract's language codes joined by '+', e.g. {@code eng+fra}
 * @param command the Tesseract program (a name looked up on the PATH, or a path)
 * @param maxPages at most this many pages (or images) of one file are read by OCR; further ones are skipped and
 *     the text marked truncated
 * @param pageTimeout longest time for one page; the page is then skipped
 * @param dpi resolution at which a PDF page is rendered for OCR
 * @param maxPixels images are scaled down to at most this many pixels before OCR (bounds time and memory)
 * @param budget OCR of a file stops after this long (counted from the start of the file), so that the file is
 *     answered within the application's timeout with what was read so far instead of its worker being killed
 */
public record OcrSettings(
        boolean enabled,
        String languages,
        String command,
        int maxPages,
        Duration pageTimeout,
        int dpi,
        long maxPixels,
        Duration budget) {

    private static final Pattern LANGUAGES = Pattern.compile("[A-Za-z_]+(\\+[A-Za-z_]+)*");

    static final String ENABLED = "passerelle.extraction.ocr-enabled";
    static final String LANGUAGE_CODES = "passerelle.extraction.ocr-languages";
    static final String COMMAND = "passerelle.extraction.ocr-command";
    static final String MAX_PAGES = "passerelle.extraction.ocr-max-pages";
    static final String PAGE_TIMEOUT = "passerelle.extraction.ocr-page-timeout-ms";
    static final String DPI = "passerelle.extraction.ocr-dpi";
    static final String MAX_PIXELS = "passerelle.extraction.ocr-max-pixels";
    static final String BUDGET = "passerelle.extraction.ocr-budget-ms";

    public OcrSettings {
        if (languages == null || !LANGUAGES.matcher(languages).matches()) {
            throw new IllegalArgumentException("OCR languages must look like eng+fra, not " + languages);
        }
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("The OCR command is empty");
        }
        if (maxPages < 0 || dpi < 50 || dpi > 1200 || maxPixels < 100_000) {
            throw new IllegalArgumentException("OCR limits out of range");
        }
    }

    /** English and French, the Tesseract on the PATH, 20 pages, 20 s a page, 300 dpi, 20 megapixels, 45 s. */
    public static OcrSettings defaults() {
        return new OcrSettings(
                true, "eng+fra", "tesseract", 20, Duration.ofSeconds(20), 300, 20_000_000, Duration.ofSeconds(45));
    }

    public String[] asSystemProperties() {
        return new String[] {
            "-D" + ENABLED + "=" + enabled,
            "-D" + LANGUAGE_CODES + "=" + languages,
            "-D" + COMMAND + "=" + command,
            "-D" + MAX_PAGES + "=" + maxPages,
            "-D" + PAGE_TIMEOUT + "=" + pageTimeout.toMillis(),
            "-D" + DPI + "=" + dpi,
            "-D" + MAX_PIXELS + "=" + maxPixels,
            "-D" + BUDGET + "=" + budget.toMillis()
        };
    }

    static OcrSettings fromSystemProperties() {
        OcrSettings defaults = defaults();
        return new OcrSettings(
                Boolean.parseBoolean(System.getProperty(ENABLED, "true")),
                System.getProperty(LANGUAGE_CODES, defaults.languages()),
                System.getProperty(COMMAND, defaults.command()),
                Integer.getInteger(MAX_PAGES, defaults.maxPages()),
                Duration.ofMillis(
                        Long.getLong(PAGE_TIMEOUT, defaults.pageTimeout().toMillis())),
                Integer.getInteger(DPI, defaults.dpi()),
                Long.getLong(MAX_PIXELS, defaults.maxPixels()),
                Duration.ofMillis(Long.getLong(BUDGET, defaults.budget().toMillis())));
    }

    OcrSettings withCommand(String other) {
        return new OcrSettings(enabled, languages, other, maxPages, pageTimeout, dpi, maxPixels, budget);
    }
}
