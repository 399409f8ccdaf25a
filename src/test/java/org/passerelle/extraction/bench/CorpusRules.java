package org.passerelle.extraction.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Tika's test documents are deliberately unreadable, decided by name before any file is parsed: they test
 * the isolation, not the success rate. A name that only says "protected" or "macro" is not enough: sheet or editing
 * protection and macros leave a file readable, so those files count as well-formed.
 */
public final class CorpusRules {

    private static final Map<String, List<String>> EXCLUDED = new LinkedHashMap<>();

    static {
        EXCLUDED.put(
                "encrypted (password or rights management)",
                List.of(
                        "passtika",
                        "encrypted",
                        "protectedfile",
                        "_drm",
                        "irmservices",
                        // Word files with an opening password, PDFs with a user password
                        "protected_normal_case",
                        "protected_upper_case",
                        "_owner_user"));
        // the upload refuses it (WordPerfect is no accepted type), so no such file reaches the extraction
        EXCLUDED.put("not an accepted type", List.of("wordperfect"));
        EXCLUDED.put(
                "deliberately damaged", List.of("corrupt", "truncated", "notazip", "npe", "bad_page", "badcompressed"));
        EXCLUDED.put("bomb or endless recursion", List.of("bomb", "recursive", "oom"));
    }

    private CorpusRules() {}

    /** Why the file is left out of the success rate, or empty when it is a well-formed document. */
    public static Optional<String> excluded(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (var rule : EXCLUDED.entrySet()) {
            for (String marker : rule.getValue()) {
                if (name.contains(marker)) {
                    return Optional.of(rule.getKey() + " (name contains \"" + marker + "\")");
                }
            }
        }
        return Optional.empty();
    }

    /** The file's format: its extension, lower case, {@code jpeg} as {@code jpg} and {@code htm} as {@code html}. */
    public static String format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return extension.equals("jpeg") ? "jpg" : extension.equals("htm") ? "html" : extension;
    }

    /** The rule as printed in the results. */
    public static String describe() {
        StringBuilder out = new StringBuilder("Left out of the success rate, by file name (case-insensitive):");
        EXCLUDED.forEach((reason, markers) ->
                out.append(" ").append(reason).append(": ").append(markers).append(";"));
        return out.append(" everything else counts as well-formed.").toString();
    }
}
