package org.passerelle.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.passerelle.extraction.bench.CorpusRules;
import org.passerelle.extraction.bench.PdfSpeedReport;
import org.passerelle.extraction.bench.SuccessReport;
import org.passerelle.extraction.bench.Timings;
import org.passerelle.extraction.worker.PdfText;

/**
 * Extraction benchmark (not a test: run it with {@code src/bench/extraction.sh}). Gathers a corpus of every allowed
 * type (Tika's own test documents from the {@code tests} jars on the class path, French and English documents made
 * here, a generated PDF of at least 5 MB, and the real PDF manuals the script fetched), then:
 * <ul>
 *   <li>parses every well-formed file through the product's pipeline and reports per format how many yielded text,
 *       with the failures by name and reason ({@link SuccessReport}); the deliberately unreadable test documents
 *       ({@link CorpusRules}) are parsed once and listed apart;
 *   <li>times each well-formed file, in each round and with the modes' order rotated from round to round: through
 *       the pipeline (worker JVM, limits, language), with plain in-process Tika (AutoDetectParser, same character
 *       limit) and, for PDFs, with poppler's {@code pdftotext} and with {@link PdfText} (in-process, 2 threads and
 *       1) ({@link PdfSpeedReport}). Everything is warmed up by one untimed round first.
 * </ul>
 */
public final class ExtractionBenchmark {

    static final Set<String> FORMATS = Set.of(
            "pdf", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "odt", "ods", "odp", "rtf", "txt", "csv", "md", "html",
            "epub", "jpg", "png");

    static final String PIPELINE = "pipeline";
    static final String IN_PROCESS = "in-process Tika";
    static final String PDFTOTEXT = "pdftotext";
    static final String PDF_TEXT_2 = "PdfText 2 threads";
    static final String PDF_TEXT_1 = "PdfText 1 thread";

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "target/bench/corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String loadBefore = loadAverage();
        List<Path> all = gather(corpus);
        List<Path> files = all.stream()
                .filter(f -> CorpusRules.excluded(f.getFileName().toString()).isEmpty())
                .toList();
        List<Path> excluded = all.stream().filter(f -> !files.contains(f)).toList();
        boolean pdftotext = available("pdftotext");
        System.out.printf(
                Locale.ROOT,
                "Corpus: %d files (%d well-formed), %.1f MB in %s; %d timed rounds; pdftotext %s; load average %s%n",
                all.size(),
                files.size(),
                totalMb(all),
                corpus,
                rounds,
                pdftotext ? "found" : "NOT FOUND",
                loadBefore);

        TikaWorkerPool pool = new TikaWorkerPool(ExtractionProperties.defaults(), new TikaTypeDetection(() -> {}));
        int maxCharacters = ExtractionProperties.defaults().maxCharacters();
        PdfText twoThreads = new PdfText(maxCharacters, 2);
        PdfText oneThread = new PdfText(maxCharacters, 1);
        AutoDetectParser plain = new AutoDetectParser();
        Timings timings = new Timings();
        Map<Path, ExtractionResult> results = new LinkedHashMap<>();
        Map<Path, String> popplerTexts = new LinkedHashMap<>();
        Map<Path, PdfText.Result> pdfTexts = new LinkedHashMap<>();

        long coldStart = System.nanoTime();
        Path big = corpus.resolve("generated-5mb.pdf");
        results.put(big, pool.extract(big, big.getFileName().toString()));
        long coldBig = System.nanoTime() - coldStart;

        for (int round = 0; round <= rounds; round++) {
            for (Path file : files) {
                boolean pdf = extension(file).equals("pdf");
                List<String> modes = new ArrayList<>(List.of(PIPELINE, IN_PROCESS));
                if (pdf) {
                    modes.addAll(
                            pdftotext ? List.of(PDFTOTEXT, PDF_TEXT_2, PDF_TEXT_1) : List.of(PDF_TEXT_2, PDF_TEXT_1));
                }
                Collections.rotate(modes, round); // interleaved, and no mode always runs first
                for (String mode : modes) {
                    long t0 = System.nanoTime();
                    Object output = switch (mode) {
                        case PIPELINE -> pool.extract(file, file.getFileName().toString());
                        case IN_PROCESS -> inProcess(plain, file);
                        case PDFTOTEXT -> runPdftotext(file);
                        case PDF_TEXT_2 -> pdfText(twoThreads, file);
                        default -> pdfText(oneThread, file);
                    };
                    long elapsed = System.nanoTime() - t0;
                    if (round > 0) { // round 0 warms up
                        timings.add(mode, file, elapsed);
                    } else if (output instanceof ExtractionResult result) {
                        results.put(file, result);
                    } else if (mode.equals(PDFTOTEXT)) {
                        popplerTexts.put(file, (String) output);
                    } else if (mode.equals(PDF_TEXT_2) && output instanceof PdfText.Result result) {
                        pdfTexts.put(file, result);
                    }
                }
            }
        }
        Map<Path, ExtractionResult> excludedResults = new LinkedHashMap<>();
        for (Path file : excluded) {
            excludedResults.put(file, pool.extract(file, file.getFileName().toString()));
        }
        pool.close();
        StringBuilder out = new StringBuilder();
        out.append(SuccessReport.render(files, results, excludedResults));
        out.append(timingTable(files, timings));
        out.append(coldBig(big, results.get(big), timings, coldBig));
        out.append(PdfSpeedReport.render(
                files.stream().filter(f -> extension(f).equals("pdf")).toList(),
                timings,
                results,
                popplerTexts,
                pdfTexts));
        out.append(String.format(
                Locale.ROOT,
                "%nMachine: %d cores, load average %s before and %s after the run, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAverage(),
                Runtime.version()));
        System.out.print(out);
        Path report = Path.of("target/bench/extraction-results.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println("Written to " + report);
    }

    private static String timingTable(List<Path> files, Timings timings) {
        Map<String, List<Path>> byFormat = byFormat(files);
        StringBuilder out = new StringBuilder("\n## Time per format (well-formed files)\n\n");
        out.append("| format | files | MB | pipeline median / p95 ms per file | in-process median / p95 ms per file"
                + " | pipeline median ms per MB | in-process median ms per MB |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (var entry : byFormat.entrySet()) {
            List<Path> group = entry.getValue();
            List<Double> p = timings.medians(PIPELINE, group);
            List<Double> i = timings.medians(IN_PROCESS, group);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.0f / %.0f | %.0f / %.0f | %.0f | %.0f |%n",
                    entry.getKey(),
                    group.size(),
                    totalMb(group),
                    Timings.quantile(p, 0.5),
                    Timings.quantile(p, 0.95),
                    Timings.quantile(i, 0.5),
                    Timings.quantile(i, 0.95),
                    Timings.quantile(perMb(group, timings, PIPELINE), 0.5),
                    Timings.quantile(perMb(group, timings, IN_PROCESS), 0.5)));
        }
        double mb = totalMb(files);
        double pipelineTotal = timings.totalSeconds(PIPELINE, files);
        double inProcessTotal = timings.totalSeconds(IN_PROCESS, files);
        out.append(String.format(
                Locale.ROOT,
                "%nThroughput (sum of per-file medians): pipeline %.2f MB/s (%.1f s), in-process Tika %.2f MB/s"
                        + " (%.1f s): pipeline = %.0f%% of in-process (target >= 75%%)%n",
                mb / pipelineTotal,
                pipelineTotal,
                mb / inProcessTotal,
                inProcessTotal,
                100 * inProcessTotal / pipelineTotal));
        return out.toString();
    }

    private static String coldBig(Path big, ExtractionResult result, Timings timings, long coldNanos)
            throws IOException {
        return String.format(
                Locale.ROOT,
                "Generated 5 MB PDF (%.1f MB, %s pages, %d characters%s): warm pipeline median %.0f ms,"
                        + " in-process %.0f ms; first file of a cold worker (JVM start included) %.0f ms%n",
                Files.size(big) / 1e6,
                result.metadata().pages(),
                result.text().length(),
                result.truncated() ? ", truncated" : "",
                timings.median(PIPELINE, big),
                timings.median(IN_PROCESS, big),
                coldNanos / 1e6);
    }

    static Map<String, List<Path>> byFormat(List<Path> files) {
        Map<String, List<Path>> byFormat = new TreeMap<>();
        files.forEach(f ->
                byFormat.computeIfAbsent(extension(f), e -> new ArrayList<>()).add(f));
        return byFormat;
    }

    private static List<Double> perMb(List<Path> group, Timings timings, String mode) {
        return group.stream()
                .filter(f -> timings.has(mode, f))
                .map(f -> timings.median(mode, f) / (size(f) / 1e6))
                .toList();
    }

    private static Object inProcess(AutoDetectParser parser, Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
            // the worker's settings (no OCR, no inline images): since Tesseract is installed, Tika's defaults would
            // OCR every PDF page and image, and the figure would no longer be the cost of the isolation
            ParseContext context = new ParseContext();
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            pdf.setExtractInlineImages(false);
            context.set(PDFParserConfig.class, pdf);
            TesseractOCRConfig ocr = new TesseractOCRConfig();
            ocr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, ocr);
            parser.parse(input, new BodyContentHandler(5_000_000), metadata, context);
        } catch (Exception e) {
            // a failure costs what it costs; the figure is the time
        }
        return null;
    }

    private static Object pdfText(PdfText reader, Path file) {
        try {
            return reader.extract(file).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null; // declined or failed: the worker would then read it with Tika
        }
    }

    private static String runPdftotext(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", file.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text;
        try (InputStream out = process.getInputStream()) {
            text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        process.waitFor(120, TimeUnit.SECONDS);
        return text;
    }

    private static List<Path> gather(Path corpus) throws IOException {
        Files.createDirectories(corpus);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith("-tests.jar")) {
                copyTestDocuments(Path.of(entry), corpus);
            }
        }
        TestDocuments.docx(
                corpus,
                "generated-fr.docx",
                "Lettre de soutien",
                "Aline Uwase",
                List.of(TestDocuments.FRENCH, TestDocuments.FRENCH, TestDocuments.FRENCH));
        TestDocuments.docx(
                corpus,
                "generated-en.docx",
                "Letter of support",
                "John Mugabo",
                List.of(TestDocuments.ENGLISH, TestDocuments.ENGLISH, TestDocuments.ENGLISH));
        TestDocuments.pdf(corpus, "generated-fr.pdf", "Étude", List.of(TestDocuments.FRENCH, TestDocuments.FRENCH));
        TestDocuments.pdf(corpus, "generated-en.pdf", "Study", List.of(TestDocuments.ENGLISH, TestDocuments.ENGLISH));
        TestDocuments.text(corpus, "generated-fr.txt", (TestDocuments.FRENCH + "\n").repeat(20));
        TestDocuments.text(corpus, "generated-en.md", ("# Study\n\n" + TestDocuments.ENGLISH + "\n").repeat(20));
        TestDocuments.text(
                corpus,
                "generated-budget.csv",
                "line,item,amount\n" + "1,Formation des formateurs,12000\n".repeat(2000));
        TestDocuments.text(
                corpus,
                "generated-en.html",
                "<html><head><title>Study</title></head><body>" + ("<p>" + TestDocuments.ENGLISH + "</p>").repeat(30)
                        + "</body></html>");
        fiveMegabytePdf(corpus);
        try (Stream<Path> all = Files.list(corpus)) {
            return all.filter(f -> FORMATS.contains(extension(f)) && size(f) > 0)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /** Copies of Tika's journal article (text, figures, fonts) merged until the file reaches 5 MB. */
    private static void fiveMegabytePdf(Path corpus) throws IOException {
        Path target = corpus.resolve("generated-5mb.pdf");
        if (Files.exists(target) && Files.size(target) >= 5_000_000) {
            return;
        }
        Path article = TestDocuments.tika("testJournalParser.pdf", Files.createTempDirectory("bench"));
        for (int copies = 5; ; copies++) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < copies; i++) {
                merger.addSource(article.toFile());
            }
            merger.setDestinationFileName(target.toString());
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            if (Files.size(target) >= 5_000_000) {
                return;
            }
        }
    }

    private static void copyTestDocuments(Path jar, Path corpus) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (var entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.startsWith("test-documents/") || entry.isDirectory()) {
                    continue;
                }
                String simple = name.substring(name.lastIndexOf('/') + 1);
                String lower = simple.toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(extension(Path.of(lower)))) {
                    continue;
                }
                Path target = corpus.resolve(simple);
                if (!Files.exists(target)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static String extension(Path file) {
        return CorpusRules.format(file);
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static double totalMb(List<Path> files) {
        return files.stream().mapToLong(ExtractionBenchmark::size).sum() / 1e6;
    }

    private static boolean available(String command) {
        try {
            return new ProcessBuilder(command, "-v")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
