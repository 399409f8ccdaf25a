package org.passerelle.extraction.worker;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF that have (almost) no text layer but draw an image — a scanner's or a phone's pages — are
 * rendered and read by OCR; their text replaces the page's in place, so that page N of the text stays page N of
 * the PDF. Tika's own OCR of PDFs is off: it cannot be bounded per file nor say why a page has no text.
 */
final class ScannedPages {

    /** A page with fewer letters or digits than this has no real text layer (a page number, a stamp). */
    static final int MIN_TEXT_LAYER = 20;

    private ScannedPages() {}

    /**
     * @param pages the text of each page, from Tika; entries are replaced by the OCR text of their page
     * @return the indices of the pages whose text now comes from OCR
     */
    static List<Integer> read(Path pdf, List<String> pages, Ocr ocr) throws IOException {
        List<Integer> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (Texts.lettersAndDigits(pages.get(i), MIN_TEXT_LAYER) < MIN_TEXT_LAYER) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Integer> read = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            // a scan's image is decoded at the resolution it is drawn, not its own (bounds memory on huge scans)
            renderer.setSubsamplingAllowed(true);
            for (int index : candidates) {
                if (index >= document.getNumberOfPages()) {
                    break; // the text was cut at the character limit before this page
                }
                PDPage page = document.getPage(index);
                if (!PageImages.drawsAnImage(page) || !ocr.mayRead()) {
                    continue;
                }
                float scale = scale(page, ocr.settings());
                BufferedImage image = renderer.renderImage(index, scale, ImageType.GRAY);
                String text = ocr.read(image, Math.round(72 * scale));
                if (Texts.lettersAndDigits(text, 1) > 0) {
                    pages.set(index, text);
                    read.add(index);
                }
            }
        }
        return read;
    }

    /** The configured resolution, lowered for a page so large that it would exceed the pixel limit. */
    private static float scale(PDPage page, OcrSettings settings) {
        PDRectangle box = page.getCropBox();
        double points = Math.max(1, (double) box.getWidth() * box.getHeight());
        double scale = settings.dpi() / 72.0;
        if (points * scale * scale > settings.maxPixels()) {
            scale = Math.sqrt(settings.maxPixels() / points);
        }
        return (float) scale;
    }
}
