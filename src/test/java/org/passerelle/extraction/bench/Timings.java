package org.passerelle.extraction.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Times per mode and file, in milliseconds, one per timed round; medians and quantiles over them. */
public final class Timings {

    private final Map<String, Map<Path, List<Double>>> byMode = new LinkedHashMap<>();

    public void add(String mode, Path file, long nanos) {
        byMode.computeIfAbsent(mode, m -> new LinkedHashMap<>())
                .computeIfAbsent(file, f -> new ArrayList<>())
                .add(nanos / 1e6);
    }

    public boolean has(String mode, Path file) {
        return byMode.containsKey(mode) && byMode.get(mode).containsKey(file);
    }

    /** The file's median time in the mode, NaN when it was not timed in that mode. */
    public double median(String mode, Path file) {
        List<Double> times = byMode.getOrDefault(mode, Map.of()).get(file);
        return times == null ? Double.NaN : quantile(times, 0.5);
    }

    /** The per-file medians of the files timed in the mode. */
    public List<Double> medians(String mode, List<Path> files) {
        return files.stream()
                .filter(f -> has(mode, f))
                .map(f -> median(mode, f))
                .toList();
    }

    /** Sum of the per-file medians, in seconds. */
    public double totalSeconds(String mode, List<Path> files) {
        return medians(mode, files).stream().mapToDouble(Double::doubleValue).sum() / 1000;
    }

    public static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double position = q * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (position - lower);
    }
}
