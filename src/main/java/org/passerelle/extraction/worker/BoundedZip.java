package org.passerelle.extraction.worker;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads entries of a zip container (EPUB, Office Open XML) for the fallbacks, bounded: a container of more than
 * {@value #MAX_ENTRIES} entries is refused, and reading an entry stops with {@link TooExpanded} beyond
 * {@value #MAX_ENTRY_BYTES} bytes or {@value #MAX_RATIO} times its compressed size (whatever its header claims).
 */
final class BoundedZip implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 64L << 20;
    static final int MAX_RATIO = 100;
    /** Small entries compress well for good reasons (repetitive XML); the ratio counts only beyond this. */
    private static final long RATIO_ALLOWANCE = 1L << 20;

    /** Unpacking would exceed the bounds: a compression bomb, or a file too big to be a document. */
    static final class TooExpanded extends IOException {
        TooExpanded(String message) {
            super(message);
        }
    }

    private final ZipFile zip;

    BoundedZip(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        if (zip.size() > MAX_ENTRIES) {
            zip.close();
            throw new TooExpanded("More than " + MAX_ENTRIES + " entries");
        }
    }

    boolean has(String name) {
        return name != null && zip.getEntry(name) != null;
    }

    /** @return the entry's bytes as a bounded stream, or null when there is no such entry */
    InputStream open(String name) throws IOException {
        ZipEntry entry = name == null ? null : zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long limit = Math.min(MAX_ENTRY_BYTES, RATIO_ALLOWANCE + compressed * MAX_RATIO);
        return new Bounded(zip.getInputStream(entry), limit, name);
    }

    /**
     * The entry a reference inside the container points to: {@code ref} relative to the entry {@code from}, with
     * its {@code #fragment} and {@code ?query} dropped, percent-escapes decoded, {@code ..} resolved; null when it
     * leaves the container or is absolute (http:).
     */
    static String resolve(String from, String ref) {
        if (ref == null || ref.isBlank() || ref.contains(":")) {
            return null;
        }
        String path = ref.strip();
        int cut = path.indexOf('#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        cut = path.indexOf('?');
        path = cut >= 0 ? path.substring(0, cut) : path;
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        String base = path.startsWith("/") || from == null || !from.contains("/")
                ? ""
                : from.substring(0, from.lastIndexOf('/') + 1);
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + path).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String name;
        private long read;

        Bounded(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooExpanded {
            read += n;
            if (read > limit) {
                throw new TooExpanded(name + " unpacks to more than " + limit + " bytes");
            }
        }
    }
}
