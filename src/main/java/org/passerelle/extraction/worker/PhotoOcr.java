package org.passerelle.extraction.worker;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * OCR of an image file (a photo or a scan of a page). An image within the pixel limit that needs no turning goes
 * to Tesseract as it is; a larger one is decoded with subsampling (never whole into memory) down to the limit, and
 * a phone photo whose EXIF orientation says it was taken sideways is turned upright first.
 */
final class PhotoOcr {

    static final Set<String> TYPES =
            Set.of("image/jpeg", "image/png", "image/tiff", "image/bmp", "image/gif", "image/webp");

    private PhotoOcr() {}

    /** @param orientation the EXIF orientation (1 upright, 3 upside down, 6 and 8 sideways), or null */
    static String read(Path image, Integer orientation, Ocr ocr) throws IOException {
        if (!ocr.mayRead()) {
            return "";
        }
        boolean turn = orientation != null && (orientation == 3 || orientation == 6 || orientation == 8);
        try (ImageInputStream input = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return ocr.read(image, 0); // a format Java cannot decode (WebP): Tesseract's own decoder reads it
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= ocr.settings().maxPixels() && !turn) {
                    return ocr.read(image, 0);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int)
                        Math.ceil(Math.sqrt((double) pixels / ocr.settings().maxPixels()));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage decoded = reader.read(0, param);
                return ocr.read(turn ? upright(decoded, orientation) : decoded, 0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean sideways = orientation != 3;
        BufferedImage turned =
                new BufferedImage(sideways ? height : width, sideways ? width : height, BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform transform = new AffineTransform();
        switch (orientation) {
            case 6 -> { // the top of the picture is on its right: turn a quarter clockwise
                transform.translate(height, 0);
                transform.quadrantRotate(1);
            }
            case 8 -> {
                transform.translate(0, width);
                transform.quadrantRotate(3);
            }
            default -> {
                transform.translate(width, height);
                transform.quadrantRotate(2);
            }
        }
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
