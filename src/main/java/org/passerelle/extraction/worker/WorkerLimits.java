package org.passerelle.extraction.worker;

/**
 * The bounds a worker applies to each file, passed to the worker JVM as system properties.
 *
 * @param maxCharacters text beyond this is cut and the result marked truncated
 * @param maxEmbeddedDepth how deep documents inside documents are followed (1 = attachments of the file itself)
 * @param maxEmbeddedCount how many embedded documents are parsed at most in one file
 */
public record WorkerLimits(int maxCharacters, int maxEmbeddedDepth, int maxEmbeddedCount) {

    static final String MAX_CHARACTERS = "passerelle.extraction.max-characters";
    static final String MAX_EMBEDDED_DEPTH = "passerelle.extraction.max-embedded-depth";
    static final String MAX_EMBEDDED_COUNT = "passerelle.extraction.max-embedded-count";

    public String[] asSystemProperties() {
        return new String[] {
            "-D" + MAX_CHARACTERS + "=" + maxCharacters,
            "-D" + MAX_EMBEDDED_DEPTH + "=" + maxEmbeddedDepth,
            "-D" + MAX_EMBEDDED_COUNT + "=" + maxEmbeddedCount
        };
    }

    static WorkerLimits fromSystemProperties() {
        return new WorkerLimits(
                Integer.getInteger(MAX_CHARACTERS, 5_000_000),
                Integer.getInteger(MAX_EMBEDDED_DEPTH, 3),
                Integer.getInteger(MAX_EMBEDDED_COUNT, 100));
    }
}
