package org.passerelle.extraction;

import java.time.Duration;
import java.util.List;
import org.passerelle.extraction.worker.OcrSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of text extraction, configurable in {@code config/application.properties} under
 * {@code passerelle.extraction.*}.
 *
 * @param timeout longest time one file may take; the worker is then killed and the file fails as too slow
 * @param workerHeap the worker JVM's own heap (-Xmx); a file that needs more kills only the worker
 * @param workers how many worker JVMs may parse at once (each takes up to {@code workerHeap})
 * @param maxCharacters text beyond this many characters is cut and the result marked truncated
 * @param maxEmbeddedDepth how deep documents inside documents are followed
 * @param maxEmbeddedCount how many embedded documents of one file are parsed at most
 * @param maxFileSize larger files are not parsed at all (too large)
 * @param maxFilesPerWorker a worker is replaced by a fresh one after this many files (bounds slow leaks)
 * @param workerStartTimeout how long a new worker may take to load its parsers
 * @param prestart start a worker when the application is ready rather than on the first upload
 * @param workerJvmOptions further options for the worker JVM (e.g. -XX:+UseParallelGC)
 * @param ocrEnabled read scanned pages and photos of documents by OCR (Tesseract)
 * @param ocrLanguages Tesseract's languages, joined by '+' (each needs its tesseract-ocr-LANG package)
 * @param ocrCommand the Tesseract program: a name on the PATH or a full path
 * @param ocrMaxPages at most this many pages of one file are read by OCR (the text is then marked truncated)
 * @param ocrPageTimeout longest OCR of one page; the page is then skipped
 * @param ocrDpi resolution at which scanned PDF pages are rendered for OCR
 * @param ocrMaxPixels larger images are scaled down to this many pixels before OCR
 */
@ConfigurationProperties("passerelle.extraction")
public record ExtractionProperties(
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("512MB") DataSize workerHeap,
        @DefaultValue("1") int workers,
        @DefaultValue("5000000") int maxCharacters,
        @DefaultValue("3") int maxEmbeddedDepth,
        @DefaultValue("100") int maxEmbeddedCount,
        @DefaultValue("100MB") DataSize maxFileSize,
        @DefaultValue("10000") int maxFilesPerWorker,
        @DefaultValue("60s") Duration workerStartTimeout,
        @DefaultValue("false") boolean prestart,
        @DefaultValue List<String> workerJvmOptions,
        @DefaultValue("true") boolean ocrEnabled,
        @DefaultValue("eng+fra") String ocrLanguages,
        @DefaultValue("tesseract") String ocrCommand,
        @DefaultValue("20") int ocrMaxPages,
        @DefaultValue("20s") Duration ocrPageTimeout,
        @DefaultValue("300") int ocrDpi,
        @DefaultValue("20000000") long ocrMaxPixels) {

    public ExtractionProperties {
        if (workers < 1) {
            throw new IllegalArgumentException("passerelle.extraction.workers must be at least 1");
        }
        if (maxCharacters < 1 || maxFilesPerWorker < 1 || maxEmbeddedCount < 0 || maxEmbeddedDepth < 0) {
            throw new IllegalArgumentException("passerelle.extraction limits must be positive");
        }
        workerJvmOptions = workerJvmOptions == null ? List.of() : List.copyOf(workerJvmOptions);
        // refuses languages, dpi or pixels out of range at start-up rather than in each worker
        new OcrSettings(
                ocrEnabled, ocrLanguages, ocrCommand, ocrMaxPages, ocrPageTimeout, ocrDpi, ocrMaxPixels, timeout);
    }

    /**
     * The worker's OCR settings. OCR of a file stops after three quarters of {@link #timeout()} (counted from the
     * start of the file in the worker): the file is then answered with the pages read so far, marked truncated,
     * instead of its worker being killed.
     */
    public OcrSettings ocr() {
        return new OcrSettings(
                ocrEnabled,
                ocrLanguages,
                ocrCommand,
                ocrMaxPages,
                ocrPageTimeout,
                ocrDpi,
                ocrMaxPixels,
                timeout.multipliedBy(3).dividedBy(4));
    }

    /** The defaults, for code that runs without Spring (the benchmark). */
    public static ExtractionProperties defaults() {
        return new ExtractionProperties(
                Duration.ofSeconds(60),
                DataSize.ofMegabytes(512),
                1,
                5_000_000,
                3,
                100,
                DataSize.ofMegabytes(100),
                10_000,
                Duration.ofSeconds(60),
                false,
                List.of(),
                true,
                "eng+fra",
                "tesseract",
                20,
                Duration.ofSeconds(20),
                300,
                20_000_000);
    }
}
