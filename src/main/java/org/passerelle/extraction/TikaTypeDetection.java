package org.passerelle.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Content-based type detection in the application's JVM: magic bytes, and for zip and OLE2 containers their
 * directory (docx, xlsx, odt, epub, doc...). Detection reads a bounded prefix and the container's directory, not
 * the document, so it is safe in-process. The declared name only refines plain text into one of its
 * specialisations (text/csv, text/markdown), which no content can tell apart; it never turns unknown bytes or a
 * plain zip into a trusted type.
 */
final class TikaTypeDetection implements TypeDetection {

    /**
     * Tika's type registry and detectors, made when this class is first initialised (the first detection, or
     * {@link #prepare()} just after the application has started): reading Tika's type database and loading the
     * container detectors (POI's among them) takes about a second, which the start of the application, and with
     * it the login page, need not wait for.
     */
    private static final class Tika {
        static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();
        static final MediaTypeRegistry REGISTRY = MIME_TYPES.getMediaTypeRegistry();
        static final Detector DETECTOR = new DefaultDetector(MIME_TYPES);
    }

    private final Runnable onFirstUse;
    private volatile boolean used;

    /** @param onFirstUse run once, at the first detection (the pool warms a worker up while the upload goes on) */
    TikaTypeDetection(Runnable onFirstUse) {
        this.onFirstUse = onFirstUse;
    }

    /** Loads Tika's detectors now (the first upload then does not wait for them); safe from any thread. */
    void prepare() {
        Tika.DETECTOR.getClass();
    }

    @Override
    public String detect(Path file, String declaredFileName) {
        MimeTypes mimeTypes = Tika.MIME_TYPES;
        MediaTypeRegistry registry = Tika.REGISTRY;
        if (!used) {
            used = true;
            onFirstUse.run();
        }
        MediaType byContent;
        try (TikaInputStream input = TikaInputStream.get(file)) {
            byContent = registry.normalize(Tika.DETECTOR.detect(input, new Metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (MediaType.TEXT_PLAIN.equals(byContent) && declaredFileName != null && !declaredFileName.isBlank()) {
            MediaType byName =
                    registry.normalize(mimeTypes.getMimeType(declaredFileName).getType());
            if (registry.isSpecializationOf(byName, byContent)) {
                return byName.getBaseType().toString();
            }
        }
        return byContent.getBaseType().toString();
    }
}
