package org.passerelle.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report as PDF: A4 pages of text that flows from one page to the next, lines wrapped at the margin. The
 * font is DejaVu Sans, embedded (as a subset of the glyphs used), so accents print on any reader; a character
 * the font lacks prints as "?" rather than failing the export.
 */
final class PdfReport implements ReportWriter {

    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfReport(String title, Locale language) {
        try {
            regular = font("/fonts/DejaVuSans.ttf");
            bold = font("/fonts/DejaVuSans-Bold.ttf");
            document.getDocumentInformation().setTitle(title);
            document.getDocumentCatalog().setLanguage(language.toLanguageTag());
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void title(String text) {
        write(bold, 16, 0, text, 8);
    }

    @Override
    public void heading(String text) {
        space(6);
        write(bold, 13, 0, text, 4);
    }

    @Override
    public void subheading(String text) {
        space(4);
        write(bold, 11, 0, text, 2);
    }

    @Override
    public void field(String label, String value) {
        write(regular, BODY, 0, label + " " + (value == null ? "" : value), 1);
    }

    @Override
    public void paragraph(String text) {
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            write(regular, BODY, 0, line, 1);
        }
        space(3);
    }

    @Override
    public void item(String text) {
        write(regular, BODY, 12, "• " + text, 1);
    }

    /** The finished file; the writer is done with. */
    byte[] bytes() {
        try (document) {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing font " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private void write(PDType0Font font, float size, float indent, String text, float after) {
        try {
            float leading = size * 1.35f;
            float width = SIZE.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(font, size, printable(font, text), width)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
            }
            y -= after;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void space(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(SIZE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = SIZE.getHeight() - MARGIN;
    }

    /** Words to lines no wider than {@code width}; a word wider than a line is cut. */
    private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Tabs and other controls as spaces, characters without a glyph in the font as "?". */
    private String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (printable
                    .computeIfAbsent(font, f -> new HashMap<>())
                    .computeIfAbsent(c, code -> encodable(font, code))) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean encodable(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }
}
