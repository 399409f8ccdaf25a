package org.passerelle.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.passerelle.base.UserFacingException;
import org.passerelle.extraction.TypeDetection;
import org.springframework.stereotype.Component;

/**
 * Decides from the received bytes whether a file is accepted: its type detected from the content (never from
 * the name) must be allowed, its extension must agree with that type, and an image must not exceed the pixel
 * limit (read from its header, the image is never decoded). A refusal says what to do about it: save an Office
 * file without its macros, save a damaged document again, send the files inside an archive.
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
        String extension = FileNames.extension(cleanName);
        String withoutMacros = AllowedTypes.MACRO_ENABLED.get(type.toLowerCase(Locale.ROOT));
        if (withoutMacros != null) {
            throw new UserFacingException("documents.error.macros", "." + withoutMacros);
        }
        if (damaged(file, type, extension)) {
            throw new UserFacingException("documents.error.damaged");
        }
        if (AllowedTypes.ARCHIVES.contains(type)) {
            throw new UserFacingException("documents.error.archive");
        }
        if (!AllowedTypes.allowed(type)) {
            throw new UserFacingException("documents.error.type-not-allowed");
        }
        if (!AllowedTypes.extensionFits(type, extension)) {
            throw new UserFacingException("documents.error.extension-mismatch", extension);
        }
        if (AllowedTypes.IMAGES.contains(type)) {
            checkPixels(file);
        }
        return type;
    }

    /**
     * Whether a file named as a zip-container document (docx, odt...) is one cut short or broken: its type is not
     * recognised, or it starts like a zip whose directory (at its end) cannot be read, or its directory lists a
     * document's parts but not a known main part. Tika may still recognise a document cut short from its first
     * bytes; its text could not be read later. A complete zip without a document's parts is an archive renamed,
     * refused as an archive. Only the zip's directory is read, never its entries.
     */
    private static boolean damagedDocument(Path file, String type, String extension) throws IOException {
        if (!AllowedTypes.ZIP_DOCUMENTS.contains(extension)) {
            return false;
        }
        if (AllowedTypes.UNRECOGNISED_CONTAINERS.contains(type) && !type.equals("application/zip")) {
            return true;
        }
        if (!startsLikeZip(file)) {
            return false; // e.g. a password-protected Office file, which is not a zip
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean documentParts = zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null;
            return type.equals("application/zip") && documentParts;
        } catch (IOException | RuntimeException cutShort) {
            return true;
        }
    }

    private static boolean damaged(Path file, String type, String extension) {
        try {
            return damagedDocument(file, type, extension);
        } catch (IOException unreadable) {
            throw new UserFacingException("documents.error.storage");
        }
    }

    private static boolean startsLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        }
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
