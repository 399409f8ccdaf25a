package org.passerelle.extraction.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Tesseract program on one image, bounded in time. A direct call rather than Tika's TesseractOCRParser:
 * the worker decides which pages need OCR, renders them itself, and must tell "not installed" from "found
 * nothing" from "too slow" for each page, which the parser hides (it silently skips OCR when Tesseract is
 * missing).
 */
final class Tesseract {

    enum Status {
        READ,
        NOT_INSTALLED,
        TIMED_OUT,
        FAILED
    }

    record Result(Status status, String text) {
        static Result of(Status status) {
            return new Result(status, "");
        }
    }

    /** More text than this from one page is noise (a page holds some 5,000 characters). */
    private static final int MAX_PAGE_CHARACTERS = 100_000;

    private final OcrSettings settings;

    Tesseract(OcrSettings settings) {
        this.settings = settings;
    }

    /** @param dpi the image's resolution when known (a rendered page), or 0 to let Tesseract estimate it */
    Result read(Path image, int dpi, Duration timeout) {
        List<String> command = new ArrayList<>(
                List.of(settings.command(), image.toString(), "stdout", "-l", settings.languages(), "--psm", "3"));
        if (dpi > 0) {
            command.addAll(List.of("--dpi", Integer.toString(dpi)));
        }
        Path output = null;
        Path errors = null;
        Process process = null;
        try {
            output = Files.createTempFile("passerelle-ocr", ".txt");
            errors = Files.createTempFile("passerelle-ocr", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            // one thread: on a shared machine its several threads only fight for the same cores (measured:
            // 0.34 s a page on one thread against 0.65 s with its default)
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            try {
                process = builder.start();
            } catch (IOException missing) {
                return Result.of(Status.NOT_INSTALLED);
            }
            if (!process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                return Result.of(Status.TIMED_OUT);
            }
            if (process.exitValue() != 0) {
                String log = Files.readString(errors, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                // installed without the configured languages' data: as good as not installed
                return Result.of(
                        log.contains("failed loading language") || log.contains("error opening data file")
                                ? Status.NOT_INSTALLED
                                : Status.FAILED);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (text.length() > MAX_PAGE_CHARACTERS) {
                text = text.substring(0, MAX_PAGE_CHARACTERS);
            }
            return new Result(Status.READ, text.replace(PageBreaks.BREAK, '\n').strip());
        } catch (IOException e) {
            return Result.of(Status.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.of(Status.TIMED_OUT);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteQuietly(output);
            deleteQuietly(errors);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the worker's temporary folder is the system's
            }
        }
    }
}
