package org.passerelle.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The bytes of documents, stored once per content under their SHA-256 ({@code ab/abcdef…}). An upload is
 * streamed to a temporary file in {@code tmp/} (hashed and counted on the way, stopped past the limit), forced to
 * disk, then moved into place atomically: a stored file is always complete.
 */
@Component
class ContentStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private final Path root;
    private final Path temporary;

    ContentStore(DocumentsProperties properties) {
        this.root = properties.storageDir().toAbsolutePath().normalize();
        this.temporary = root.resolve("tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document store in " + root, e);
        }
    }

    /** Bytes received into a temporary file, not yet stored. */
    record Received(Path file, long size, String sha256) {}

    /** Thrown when the stream goes past the limit; nothing more is read and the temporary file is gone. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("larger than the limit");
        }
    }

    Received receive(InputStream in, long maxBytes) throws IOException {
        Path file = Files.createTempFile(temporary, "upload-", ".part");
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                sha.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
            return new Received(file, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Moves received bytes into the store (or drops them when the same content is there already). */
    Path store(Received received) throws IOException {
        Path target = pathOf(received.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            // reused: a fresh date keeps it clear of any clean-up that looks at age
            Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
            Files.deleteIfExists(received.file());
            return target;
        }
        try {
            Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            Files.deleteIfExists(received.file());
        }
        return target;
    }

    Path pathOf(String sha256) {
        if (sha256 == null || !HASH.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    boolean has(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** The hashes of every stored file. */
    List<String> storedHashes() {
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().equals(temporary))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> HASH.matcher(name).matches())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    /**
     * Removes what interrupted uploads left in the temporary folder before {@code cutoff}; returns how many files.
     * Younger files may be uploads another node is receiving into the same shared folder right now.
     */
    int clearTemporary(java.time.Instant cutoff) {
        try (Stream<Path> files = Files.list(temporary)) {
            int removed = 0;
            for (Path file : files.toList()) {
                if (modifiedBefore(file, cutoff) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the stored file was written before {@code cutoff} (false when it is not there). */
    boolean storedBefore(String sha256, java.time.Instant cutoff) {
        return modifiedBefore(pathOf(sha256), cutoff);
    }

    private static boolean modifiedBefore(Path file, java.time.Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }

    /** How many uploads are being received right now (files in the temporary folder). */
    long temporaryFiles() {
        try (Stream<Path> files = Files.list(temporary)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
