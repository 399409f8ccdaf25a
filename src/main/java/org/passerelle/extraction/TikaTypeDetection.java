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

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
    private final Detector detector = new DefaultDetector(mimeTypes);
    private final Runnable onFirstUse;
    private volatile boolean used;

    /** @param onFirstUse run once, at the first detection (the pool warms a worker up while the upload goes on) */
    TikaTypeDetection(Runnable onFirstUse) {
        this.onFirstUse = onFirstUse;
    }

    @Override
    public String detect(Path file, String declaredFileName) {
        if (!used) {
            used = true;
            onFirstUse.run();
        }
        MediaType byContent;
        try (TikaInputStream input = TikaInputStream.get(file)) {
            byContent = registry.normalize(detector.detect(input, new Metadata()));
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
