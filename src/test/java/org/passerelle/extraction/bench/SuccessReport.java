package org.passerelle.extraction.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.Outcome;

/**
 * Per format: how many well-formed files yielded text. A file yields text when its outcome is DONE with at least
 * one letter or digit. Files whose outcome is EMPTY (no text in the file, with a reason) count apart, and are listed
 * so that a reader can judge each reason; so are DONE results without any letter, which the product should report
 * as EMPTY.
 */
public final class SuccessReport {

    private SuccessReport() {}

    public static String render(
            List<Path> wellFormed, Map<Path, ExtractionResult> results, Map<Path, ExtractionResult> excluded) {
        Map<String, List<Path>> byFormat = new TreeMap<>();
        for (Path file : wellFormed) {
            byFormat.computeIfAbsent(CorpusRules.format(file), f -> new ArrayList<>())
                    .add(file);
        }
        excluded.keySet().forEach(f -> byFormat.computeIfAbsent(CorpusRules.format(f), x -> new ArrayList<>()));
        StringBuilder out = new StringBuilder("## Success per format\n\n");
        out.append("| format | files | well-formed | yielded text | no text in file | failed | success % |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        List<String> noText = new ArrayList<>();
        int allWellFormed = 0;
        int allText = 0;
        int allNoText = 0;
        for (var entry : byFormat.entrySet()) {
            String format = entry.getKey();
            int total = entry.getValue().size()
                    + (int) excluded.keySet().stream()
                            .filter(f -> CorpusRules.format(f).equals(format))
                            .count();
            int text = 0;
            int empty = 0;
            for (Path file : entry.getValue()) {
                ExtractionResult result = results.get(file);
                String name = file.getFileName().toString();
                if (result == null) {
                    failures.add(name + ": no result");
                } else if (yieldedText(result)) {
                    text++;
                } else if (result.outcome() == Outcome.EMPTY) {
                    empty++;
                    noText.add(name + ": " + result.reasonKey());
                } else if (result.done()) {
                    empty++;
                    noText.add(name + ": DONE without any letter or digit (" + result.mediaType() + ")");
                } else {
                    failures.add(name + ": " + result.reasonKey() + " (" + result.mediaType() + ")");
                }
            }
            int wellFormedCount = entry.getValue().size();
            int failed = wellFormedCount - text - empty;
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %d | %s |%n",
                    format,
                    total,
                    wellFormedCount,
                    text,
                    empty,
                    failed,
                    percent(text, wellFormedCount - empty)));
            allWellFormed += wellFormedCount;
            allText += text;
            allNoText += empty;
        }
        out.append(String.format(
                Locale.ROOT,
                "| all | %d | %d | %d | %d | %d | %s |%n",
                allWellFormed + excluded.size(),
                allWellFormed,
                allText,
                allNoText,
                allWellFormed - allText - allNoText,
                percent(allText, allWellFormed - allNoText)));
        out.append("\nsuccess % = yielded text / (well-formed - no text in file); target 100 %.\n");
        section(out, "Well-formed files that failed", failures);
        section(out, "Well-formed files without text (outcome EMPTY, or DONE without a letter)", noText);
        out.append("\n### Left out as deliberately unreadable\n\n")
                .append(CorpusRules.describe())
                .append("\n\n");
        for (var entry : excluded.entrySet()) {
            String name = entry.getKey().getFileName().toString();
            ExtractionResult result = entry.getValue();
            out.append("- ")
                    .append(name)
                    .append(": ")
                    .append(CorpusRules.excluded(name).orElse("?"))
                    .append("; the pipeline said ")
                    .append(result.outcome())
                    .append(result.reasonKey() == null ? "" : " " + result.reasonKey())
                    .append('\n');
        }
        return out.toString();
    }

    private static boolean yieldedText(ExtractionResult result) {
        return result != null && result.done() && result.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append("\n### ").append(title).append(" (").append(lines.size()).append(")\n\n");
        lines.forEach(line -> out.append("- ").append(line).append('\n'));
    }

    private static String percent(int part, int whole) {
        return whole <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }
}
