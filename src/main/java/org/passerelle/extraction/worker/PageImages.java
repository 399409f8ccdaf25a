package org.passerelle.extraction.worker;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Whether a PDF page draws an image (a scan, a photo), following its forms and inline images: a page without text
 * and without an image (blank, a diagram of vector shapes) has nothing OCR could read.
 */
final class PageImages extends PDFGraphicsStreamEngine {

    private boolean found;

    private PageImages(PDPage page) {
        super(page);
    }

    static boolean drawsAnImage(PDPage page) throws IOException {
        PageImages images = new PageImages(page);
        images.processPage(page);
        return images.found;
    }

    @Override
    public void drawImage(PDImage image) {
        found = true;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
}
