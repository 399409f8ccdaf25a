package org.passerelle.extraction.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.worker.PdfText;

/**
 * PDF speed: poppler's pdftotext, the pipeline, {@link PdfText} in-process on 2 threads and on 1, and in-process Tika,
 * on the same PDFs in the same rounds. Totals are sums of per-file medians. A file PdfText declines (forms, attached
 * files) or cannot read (password, damage) goes to Tika in the worker: its pipeline time is added to PdfText's.
 */
public final class PdfSpeedReport {

    private static final String PIPELINE = "pipeline";
    private static final String IN_PROCESS = "in-process Tika";
    private static final String PDFTOTEXT = "pdftotext";
    private static final String PDF_TEXT_2 = "PdfText 2 threads";
    private static final String PDF_TEXT_1 = "PdfText 1 thread";
    private static final long LARGE = 1_000_000;

    private PdfSpeedReport() {}

    public static String render(
            List<Path> pdfs,
            Timings timings,
            Map<Path, ExtractionResult> pipeline,
            Map<Path, String> poppler,
            Map<Path, PdfText.Result> pdfText) {
        StringBuilder out = new StringBuilder("\n## PDF speed\n\n");
        List<Path> large = pdfs.stream().filter(f -> size(f) >= LARGE).toList();
        List<Path> declined = pdfs.stream().filter(f -> !pdfText.containsKey(f)).toList();
        out.append("| PDFs | files | MB | mode | total s | median ms per file | pdftotext's time / this time |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        totals(out, "all", pdfs, timings, declined);
        totals(out, ">= 1 MB", large, timings, declined);
        // pdftotext reads no picture: the scanned pages the pipeline reads by OCR are work it does not do
        List<Path> withoutOcr =
                pdfs.stream().filter(f -> !ocrRan(pipeline.get(f))).toList();
        totals(out, "all but the " + (pdfs.size() - withoutOcr.size()) + " read by OCR", withoutOcr, timings, declined);
        out.append("\n(PdfText rows: files it declined or could not read are counted with their pipeline time: ")
                .append(declined.size())
                .append(" of ")
                .append(pdfs.size())
                .append(declined.isEmpty() ? "" : ": " + names(declined))
                .append(")\n\n");
        out.append("| file | MB | pages | pdftotext ms | pipeline ms | PdfText 2 threads ms | PdfText 1 thread ms"
                + " | in-process Tika ms | words PdfText ~ pdftotext | words pipeline ~ pdftotext"
                + " | form feeds / pages (PdfText) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Path file : large) {
            PdfText.Result fast = pdfText.get(file);
            ExtractionResult slow = pipeline.get(file);
            String reference = poppler.get(file);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %s | %s |%n",
                    file.getFileName(),
                    size(file) / 1e6,
                    fast != null
                            ? fast.pages()
                            : slow == null ? "?" : slow.metadata().pages(),
                    timings.median(PDFTOTEXT, file),
                    timings.median(PIPELINE, file),
                    timings.median(PDF_TEXT_2, file),
                    timings.median(PDF_TEXT_1, file),
                    timings.median(IN_PROCESS, file),
                    overlap(fast == null ? null : fast.text(), reference),
                    overlap(slow == null ? null : slow.text(), reference),
                    fast == null
                            ? "-"
                            : fast.text().chars().filter(c -> c == '\f').count() + " / " + fast.pages()
                                    + (fast.truncated() ? " (truncated)" : "")));
        }
        return out.toString();
    }

    private static boolean ocrRan(ExtractionResult result) {
        return result != null
                && (result.source() == org.passerelle.extraction.TextSource.OCR
                        || result.source() == org.passerelle.extraction.TextSource.MIXED
                        || org.passerelle.extraction.NoTextReason.OCR_FOUND_NOTHING
                                .key()
                                .equals(result.reasonKey()));
    }

    private static void totals(
            StringBuilder out, String label, List<Path> files, Timings timings, List<Path> declined) {
        double reference = timings.totalSeconds(PDFTOTEXT, files);
        for (String mode : List.of(PDFTOTEXT, PIPELINE, PDF_TEXT_2, PDF_TEXT_1, IN_PROCESS)) {
            List<Double> medians = files.stream()
                    .map(f -> timings.median(mode, f)
                            + (mode.startsWith("PdfText") && declined.contains(f) ? timings.median(PIPELINE, f) : 0))
                    .filter(t -> !t.isNaN())
                    .toList();
            double total = medians.stream().mapToDouble(Double::doubleValue).sum() / 1000;
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %s | %.2f | %.0f | %.2f |%n",
                    label,
                    files.size(),
                    files.stream().mapToLong(PdfSpeedReport::size).sum() / 1e6,
                    mode,
                    total,
                    Timings.quantile(medians, 0.5),
                    reference / total));
        }
    }

    private static String overlap(String text, String reference) {
        return text == null || reference == null
                ? "-"
                : String.format(Locale.ROOT, "%.3f", WordOverlap.of(text, reference));
    }

    private static String names(List<Path> files) {
        return String.join(
                ", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }

    private static long size(Path file) {
        return file.toFile().length();
    }
}
