package org.passerelle.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
import org.apache.tika.sax.BodyContentHandler;

/**
 * Extraction benchmark (not a test: run it with {@code src/bench/extraction.sh}). Gathers a corpus of every allowed
 * type (Tika's own test documents from the {@code tests} jars on the class path, French and English documents made
 * here, a PDF of at least 5 MB), then times each file, interleaved in each round: through the product's pipeline
 * (worker JVM, limits, language), with plain in-process Tika (AutoDetectParser, same character limit) and, for
 * PDFs, with poppler's {@code pdftotext}. Everything is warmed up by one untimed round first.
 */
public final class ExtractionBenchmark {

    private static final Set<String> FORMATS = Set.of(
            "pdf", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "odt", "ods", "odp", "rtf", "txt", "csv", "md", "html",
            "epub", "jpg", "png");

    /** Hostile or broken test documents: they belong to the isolation tests, not to a throughput figure. */
    private static final List<String> HOSTILE = List.of(
            "protect",
            "encrypt",
            "password",
            "trunc",
            "corrupt",
            "bomb",
            "recursive",
            "npe",
            "bad",
            "broken",
            "notazip",
            "drm",
            "irm",
            "oom",
            "macro");

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "target/bench/corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files = gather(corpus);
        boolean pdftotext = available("pdftotext");
        System.out.printf(
                Locale.ROOT,
                "Corpus: %d files, %.1f MB in %s; %d timed rounds; pdftotext %s%n",
                files.size(),
                totalMb(files),
                corpus,
                rounds,
                pdftotext ? "found" : "NOT FOUND");

        TikaWorkerPool pool = new TikaWorkerPool(ExtractionProperties.defaults(), new TikaTypeDetection(() -> {}));
        AutoDetectParser plain = new AutoDetectParser();
        Map<Path, List<Long>> pipelineTimes = new LinkedHashMap<>();
        Map<Path, List<Long>> inProcessTimes = new LinkedHashMap<>();
        Map<Path, List<Long>> popplerTimes = new LinkedHashMap<>();
        Map<Path, ExtractionResult> results = new LinkedHashMap<>();

        long coldStart = System.nanoTime();
        Path big = corpus.resolve("generated-5mb.pdf");
        results.put(big, pool.extract(big, big.getFileName().toString()));
        long coldBig = System.nanoTime() - coldStart;

        for (int round = 0; round <= rounds; round++) {
            for (Path file : files) {
                long t0 = System.nanoTime();
                ExtractionResult result = pool.extract(file, file.getFileName().toString());
                long t1 = System.nanoTime();
                inProcess(plain, file);
                long t2 = System.nanoTime();
                long t3 = t2;
                if (pdftotext && extension(file).equals("pdf")) {
                    runPdftotext(file);
                    t3 = System.nanoTime();
                }
                if (round > 0) { // round 0 warms up
                    pipelineTimes.computeIfAbsent(file, f -> new ArrayList<>()).add(t1 - t0);
                    inProcessTimes.computeIfAbsent(file, f -> new ArrayList<>()).add(t2 - t1);
                    if (t3 > t2) {
                        popplerTimes
                                .computeIfAbsent(file, f -> new ArrayList<>())
                                .add(t3 - t2);
                    }
                } else {
                    results.put(file, result);
                }
            }
        }
        pool.close();
        report(files, results, pipelineTimes, inProcessTimes, popplerTimes, big, coldBig);
    }

    private static void report(
            List<Path> files,
            Map<Path, ExtractionResult> results,
            Map<Path, List<Long>> pipeline,
            Map<Path, List<Long>> inProcess,
            Map<Path, List<Long>> poppler,
            Path big,
            long coldBigNanos)
            throws IOException {
        Map<String, List<Path>> byFormat = new TreeMap<>();
        files.forEach(f ->
                byFormat.computeIfAbsent(extension(f), e -> new ArrayList<>()).add(f));
        StringBuilder out = new StringBuilder();
        out.append("| format | files | MB | pipeline median / p95 ms per file | in-process median / p95 ms per file"
                + " | pipeline median ms per MB | in-process median ms per MB | pdftotext median / p95 ms per file"
                + " | pdftotext median ms per MB | failed |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        double pipelineTotal = 0;
        double inProcessTotal = 0;
        double popplerTotal = 0;
        double pdfPipelineTotal = 0;
        for (var entry : byFormat.entrySet()) {
            List<Path> group = entry.getValue();
            List<Double> p = perFile(group, pipeline);
            List<Double> i = perFile(group, inProcess);
            List<Double> pp = perFile(group, poppler);
            long failed = group.stream()
                    .filter(f -> results.get(f) != null && !results.get(f).done())
                    .count();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.0f / %.0f | %.0f / %.0f | %.0f | %.0f | %s | %s | %d |%n",
                    entry.getKey(),
                    group.size(),
                    totalMb(group),
                    quantile(p, 0.5),
                    quantile(p, 0.95),
                    quantile(i, 0.5),
                    quantile(i, 0.95),
                    quantile(perMb(group, pipeline), 0.5),
                    quantile(perMb(group, inProcess), 0.5),
                    pp.isEmpty()
                            ? ""
                            : String.format(Locale.ROOT, "%.0f / %.0f", quantile(pp, 0.5), quantile(pp, 0.95)),
                    pp.isEmpty() ? "" : String.format(Locale.ROOT, "%.0f", quantile(perMb(group, poppler), 0.5)),
                    failed));
            pipelineTotal += p.stream().mapToDouble(Double::doubleValue).sum();
            inProcessTotal += i.stream().mapToDouble(Double::doubleValue).sum();
            popplerTotal += pp.stream().mapToDouble(Double::doubleValue).sum();
            if (entry.getKey().equals("pdf")) {
                pdfPipelineTotal = p.stream().mapToDouble(Double::doubleValue).sum();
            }
        }
        double mb = totalMb(files);
        out.append(String.format(
                Locale.ROOT,
                "%nThroughput (sum of per-file medians): pipeline %.2f MB/s, in-process Tika"
                        + " %.2f MB/s: pipeline = %.0f%% of in-process (target >= 75%%)%n",
                mb / (pipelineTotal / 1000),
                mb / (inProcessTotal / 1000),
                100 * inProcessTotal / pipelineTotal));
        if (popplerTotal > 0) {
            double pdfMb = totalMb(byFormat.get("pdf"));
            out.append(String.format(
                    Locale.ROOT,
                    "PDFs: pipeline %.2f MB/s, pdftotext %.2f MB/s (pipeline takes %.0f%% of pdftotext's time)%n",
                    pdfMb / (pdfPipelineTotal / 1000),
                    pdfMb / (popplerTotal / 1000),
                    100 * pdfPipelineTotal / popplerTotal));
        }
        ExtractionResult bigResult = results.get(big);
        out.append(String.format(
                Locale.ROOT,
                "5 MB PDF (%.1f MB, %s pages, %d characters%s): warm pipeline median %.0f ms,"
                        + " in-process %.0f ms, pdftotext %s ms; first file of a cold worker (JVM start included) %.0f ms%n",
                Files.size(big) / 1e6,
                bigResult.metadata().pages(),
                bigResult.text().length(),
                bigResult.truncated() ? ", truncated" : "",
                quantile(perFile(List.of(big), pipeline), 0.5),
                quantile(perFile(List.of(big), inProcess), 0.5),
                poppler.containsKey(big)
                        ? String.format(Locale.ROOT, "%.0f", quantile(perFile(List.of(big), poppler), 0.5))
                        : "-",
                coldBigNanos / 1e6));
        out.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, load average %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                Runtime.version()));
        System.out.print(out);
        Path report = Path.of("target/bench/extraction-results.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println("Written to " + report);
    }

    private static List<Double> perFile(List<Path> group, Map<Path, List<Long>> times) {
        List<Double> medians = new ArrayList<>();
        for (Path file : group) {
            List<Long> t = times.get(file);
            if (t != null) {
                medians.add(quantile(t.stream().map(n -> n / 1e6).toList(), 0.5));
            }
        }
        return medians;
    }

    private static List<Double> perMb(List<Path> group, Map<Path, List<Long>> times) {
        List<Double> perMb = new ArrayList<>();
        for (Path file : group) {
            List<Long> t = times.get(file);
            if (t != null) {
                double mb = size(file) / 1e6;
                perMb.add(quantile(t.stream().map(n -> n / 1e6).toList(), 0.5) / mb);
            }
        }
        return perMb;
    }

    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double position = q * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (position - lower);
    }

    private static void inProcess(AutoDetectParser parser, Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
            parser.parse(input, new BodyContentHandler(5_000_000), metadata, new ParseContext());
        } catch (Exception e) {
            // a failure costs what it costs; the figure is the time
        }
    }

    private static void runPdftotext(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        try (InputStream out = process.getInputStream()) {
            out.transferTo(java.io.OutputStream.nullOutputStream());
        }
        process.waitFor(120, TimeUnit.SECONDS);
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
                if (!FORMATS.contains(extension(Path.of(lower)))
                        || HOSTILE.stream().anyMatch(lower::contains)) {
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

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return extension.equals("jpeg") ? "jpg" : extension.equals("htm") ? "html" : extension;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static double totalMb(List<Path> files) {
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
