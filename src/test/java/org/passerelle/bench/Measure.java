package org.passerelle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.passerelle.QueryCounter;

/**
 * Times an action many times after a warm-up and reports the median, the 95th percentile and the SQL
 * statements one run sends. Figures, not assertions: the report goes to the console and to a file.
 */
final class Measure {

    record Result(String action, double medianMs, double p95Ms, long statements, int runs) {
        String line() {
            return String.format(
                    Locale.ROOT, "| %s | %.2f ms | %.2f ms | %d | %d |", action, medianMs, p95Ms, statements, runs);
        }
    }

    private final List<Result> results = new ArrayList<>();
    private final int warmUp;
    private final int runs;

    Measure(int warmUp, int runs) {
        this.warmUp = warmUp;
        this.runs = runs;
    }

    Result time(String action, Callable<?> work) throws Exception {
        return time(action, () -> {}, work);
    }

    /** Times {@code work} only; {@code prepare} runs untimed before each run (e.g. leaving a page). */
    Result time(String action, Runnable prepare, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            prepare.run();
            work.call();
        }
        prepare.run();
        long statements = QueryCounter.count(work).statements();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            prepare.run();
            long start = System.nanoTime();
            work.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Result result = new Result(
                action, nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, statements, runs);
        results.add(result);
        System.out.println("[bench] " + result.line());
        return result;
    }

    void report(String title, String file) throws IOException {
        StringBuilder text = new StringBuilder(
                "## " + title + "\n\n| action | median | p95 | SQL statements | runs |\n" + "|---|---|---|---|---|\n");
        results.forEach(r -> text.append(r.line()).append('\n'));
        Path out = Path.of("target", "bench", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }
}
