package org.passerelle.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.passerelle.base.UserFacingException;
import org.passerelle.extraction.TypeDetection;
import org.springframework.stereotype.Component;

/**
 * Decides from the received bytes whether a file is accepted: its type detected from the content (never from
 * the name) must be allowed, its extension must agree with that type, and an image must not exceed the pixel
 * limit (read from its header, the image is never decoded).
 */
@Component
class UploadInspection {

    private final TypeDetection detection;
    private final DocumentsProperties properties;

    UploadInspection(TypeDetection detection, DocumentsProperties properties) {
        this.detection = detection;
        this.properties = properties;
    }

    /** The detected media type of an acceptable file; refuses the others with a message key. */
    String inspect(Path file, long size, String cleanName) {
        if (size == 0) {
            throw new UserFacingException("documents.error.empty");
        }
        String type = detection.detect(file, cleanName);
        if (AllowedTypes.ARCHIVES.contains(type)) {
            throw new UserFacingException("documents.error.archive");
        }
        if (!AllowedTypes.allowed(type)) {
            throw new UserFacingException("documents.error.type-not-allowed");
        }
        if (!AllowedTypes.extensionFits(type, FileNames.extension(cleanName))) {
            throw new UserFacingException("documents.error.extension-mismatch", FileNames.extension(cleanName));
        }
        if (AllowedTypes.IMAGES.contains(type)) {
            checkPixels(file);
        }
        return type;
    }

    private void checkPixels(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UserFacingException("documents.error.image-unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.maxImagePixels()) {
                    throw new UserFacingException(
                            "documents.error.image-too-large", properties.maxImagePixels() / 1_000_000);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException unreadable) {
            throw new UserFacingException("documents.error.image-unreadable");
        }
    }
}
