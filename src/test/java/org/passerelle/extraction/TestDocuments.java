package org.passerelle.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files for the tests: Tika's own test documents (from its published {@code tests} jars on the test class
 * path, under {@code /test-documents/}) copied to a folder, and small French and English documents written with
 * POI and PDFBox.
 */
public final class TestDocuments {

    public static final String FRENCH = "Les associations de la diaspora rwandaise présentent leurs projets au conseil "
            + "consultatif. Chaque proposition décrit le problème, les objectifs, les activités prévues, les "
            + "bénéficiaires et le budget. Le conseil examine les dossiers avec attention et pose des questions aux "
            + "auteurs avant de voter. Les documents joints, comme les lettres de soutien et les études, aident les "
            + "membres à comprendre le contexte local et les besoins des communautés.";

    public static final String ENGLISH = "Diaspora associations present their projects to the advisory board. "
            + "Each proposal describes the problem, the objectives, the planned activities, the beneficiaries and "
            + "the budget. The board reviews the files carefully and asks the authors questions before voting. "
            + "Attached documents, such as letters of support and studies, help members understand the local "
            + "context and the needs of the communities.";

    private TestDocuments() {}

    /**
     * Skips an OCR test where Tesseract (with English and French) is not installed, as the browser journeys do
     * without Chromium; in CI ({@code CI=true}) that is a failure instead.
     */
    public static void requireTesseract() {
        boolean installed = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                        .anyMatch(dir -> java.nio.file.Files.isExecutable(Path.of(dir, "tesseract")))
                && java.nio.file.Files.exists(Path.of("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"))
                && java.nio.file.Files.exists(Path.of("/usr/share/tesseract-ocr/5/tessdata/fra.traineddata"));
        String message =
                "OCR tests need Tesseract: apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra";
        if (!installed && "true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.fail(message);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, message);
    }

    /** Copies one of Tika's test documents to {@code folder} under its own name. */
    public static Path tika(String name, Path folder) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/test-documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No Tika test document " + name);
            }
            Path target = folder.resolve(name.substring(name.lastIndexOf('/') + 1));
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file made of the first {@code fraction} of another (an interrupted download or copy). */
    public static Path truncated(Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path target = file.resolveSibling("truncated-" + file.getFileName());
        Files.write(target, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        return target;
    }

    /** A mock document for Tika's MockParser (from tika-core's tests jar), e.g. {@code <hang .../>}. */
    public static Path mock(Path folder, String name, String actions) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<mock>\n" + actions + "\n</mock>\n");
        return file;
    }

    public static Path docx(Path folder, String name, String title, String author, List<String> paragraphs)
            throws IOException {
        Path file = folder.resolve(name);
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            try (var out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    /** A PDF with one page per text, wrapped at about 90 characters a line. */
    public static Path pdf(Path folder, String name, String title, List<String> pages) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(title);
            document.setDocumentInformation(information);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(40, 740);
                    for (String line : wrap(text, 90)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    public static Path text(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A picture of a printed page: the lines in black on white in a large font, slightly grey and rotated by half a
     * degree like a phone photo of a letter. Returned as an image so that tests can put it in a PDF or a file.
     */
    public static BufferedImage photoOfText(List<String> lines) {
        int width = 1700;
        int height = 140 + 70 * lines.size();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xF4, 0xF1, 0xEA)); // paper, not pure white
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.rotate(Math.toRadians(0.5), width / 2.0, height / 2.0);
            g.setColor(new Color(0x20, 0x20, 0x28));
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
            int y = 100;
            for (String line : lines) {
                g.drawString(line, 60, y);
                y += 70;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** An image file (png or jpg, from the name) of {@link #photoOfText}. */
    public static Path imageOfText(Path folder, String name, List<String> lines) throws IOException {
        return image(folder, name, photoOfText(lines));
    }

    public static Path image(Path folder, String name, BufferedImage image) throws IOException {
        Path file = folder.resolve(name);
        String format = name.substring(name.lastIndexOf('.') + 1).replace("jpeg", "jpg");
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IllegalArgumentException("No image writer for " + name);
        }
        return file;
    }

    /**
     * A JPEG as a phone stores a photo taken sideways: the pixels turned a quarter anticlockwise, and the EXIF
     * orientation 6 ("turn a quarter clockwise to show") that viewers obey.
     */
    public static Path sidewaysPhoto(Path folder, String name, List<String> lines) throws IOException {
        BufferedImage upright = photoOfText(lines);
        BufferedImage stored = new BufferedImage(upright.getHeight(), upright.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        java.awt.geom.AffineTransform turn = new java.awt.geom.AffineTransform();
        turn.translate(0, upright.getWidth());
        turn.quadrantRotate(3);
        g.drawImage(upright, turn, null);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(stored, "jpg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        byte[] exif = {
            (byte) 0xFF,
            (byte) 0xE1,
            0,
            34, // APP1, its length
            'E',
            'x',
            'i',
            'f',
            0,
            0,
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8, // big-endian TIFF header, first directory at 8
            0,
            1, // one entry
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            6,
            0,
            0, // Orientation (0x0112), SHORT, 1 value: 6
            0,
            0,
            0,
            0 // no next directory
        };
        Path file = folder.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            out.write(bytes, 0, 2); // start of image
            out.write(exif);
            out.write(bytes, 2, bytes.length - 2);
        }
        return file;
    }

    /** A blank sheet of paper, photographed: an image without any text. */
    public static BufferedImage blankPhoto(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF4, 0xF1, 0xEA));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /**
     * A PDF whose pages are either text (a String: a text layer, as {@link #pdf}) or a scan (a BufferedImage: only
     * that image, filling the page's width, no text layer), in order.
     */
    public static Path scannedPdf(Path folder, String name, List<?> pages) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (Object content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    if (content instanceof BufferedImage scan) {
                        PDImageXObject image = LosslessFactory.createFromImage(document, scan);
                        float width = PDRectangle.A4.getWidth() - 40;
                        float height = width * scan.getHeight() / scan.getWidth();
                        stream.drawImage(image, 20, PDRectangle.A4.getHeight() - 40 - height, width, height);
                    } else {
                        stream.beginText();
                        stream.setFont(font, 10);
                        stream.setLeading(13);
                        stream.newLineAtOffset(40, 780);
                        for (String line : wrap((String) content, 90)) {
                            stream.showText(line);
                            stream.newLine();
                        }
                        stream.endText();
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF page with only vector shapes (a diagram without words). */
    public static Path shapesPdf(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.addRect(100, 400, 200, 150);
                stream.fill();
                stream.moveTo(100, 300);
                stream.lineTo(400, 350);
                stream.stroke();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A Word file in "Strict Open XML" (what Word writes when one chooses that format; namespaces under
     * purl.oclc.org), which POI refuses. Each paragraph is one w:p; a null paragraph is a page break.
     */
    public static Path strictDocx(Path folder, String name, String title, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (paragraph == null) {
                body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
                continue;
            }
            // split into two runs, as Word does at every change of spelling state
            int half = paragraph.indexOf(' ', paragraph.length() / 2);
            half = half < 0 ? paragraph.length() : half;
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t>")
                    .append(xml(paragraph.substring(0, half)))
                    .append("</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr>")
                    .append("<w:t xml:space=\"preserve\">")
                    .append(xml(paragraph.substring(half)))
                    .append("</w:t></w:r></w:p>");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                        + "</Types>");
        entries.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "</Relationships>");
        entries.put(
                "docProps/core.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + xml(title)
                        + "</dc:title><dc:creator>Aline Uwase</dc:creator></cp:coreProperties>");
        entries.put(
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\""
                        + " xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\" w:conformance=\"strict\">"
                        + "<w:body>" + body + "<w:sectPr/></w:body></w:document>");
        return zip(folder.resolve(name), entries, null);
    }

    /**
     * An EPUB 3 whose package document sits in its own folder (OEBPS/opf/content.opf) and names the chapters
     * {@code ../text/chapterN.xhtml}; the navigation document (OEBPS/nav/) links {@code ../text/chapterN.xhtml#partN}.
     * Readers open it; Tika 3.3.1's EPUB parser fails on it. One chapter per text.
     */
    public static Path epub(Path folder, String name, String title, List<String> chapters) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(
                "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                        + "<rootfiles><rootfile full-path=\"OEBPS/opf/content.opf\" media-type=\"application/oebps-package+xml\"/>"
                        + "</rootfiles></container>");
        StringBuilder manifest = new StringBuilder(
                "<item id=\"nav\" href=\"../nav/toc.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                        + "<item id=\"ncx\" href=\"../toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>");
        StringBuilder spine = new StringBuilder();
        StringBuilder nav = new StringBuilder();
        StringBuilder ncx = new StringBuilder();
        for (int i = 1; i <= chapters.size(); i++) {
            manifest.append("<item id=\"c")
                    .append(i)
                    .append("\" href=\"../text/chapter")
                    .append(i)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"c").append(i).append("\"/>");
            nav.append("<li><a href=\"../text/chapter")
                    .append(i)
                    .append(".xhtml#part")
                    .append(i)
                    .append("\">Chapitre ")
                    .append(i)
                    .append("</a></li>");
            ncx.append("<navPoint id=\"n")
                    .append(i)
                    .append("\" playOrder=\"")
                    .append(i)
                    .append("\"><navLabel><text>Chapitre ")
                    .append(i)
                    .append("</text></navLabel><content src=\"../text/chapter")
                    .append(i)
                    .append(".xhtml#part")
                    .append(i)
                    .append("\"/></navPoint>");
            entries.put(
                    "OEBPS/text/chapter" + i + ".xhtml",
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                            + "<head><title>Chapitre " + i + "</title></head><body><h1 id=\"part" + i + "\">Chapitre "
                            + i
                            + "</h1><p>" + xml(chapters.get(i - 1)) + "</p></body></html>");
        }
        entries.put(
                "OEBPS/opf/content.opf",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                        + " unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                        + "<dc:identifier id=\"id\">urn:uuid:7d3c2a4e-1111-4a2b-9c3d-passerelle</dc:identifier>"
                        + "<dc:title>" + xml(title) + "</dc:title><dc:language>fr</dc:language></metadata>"
                        + "<manifest>" + manifest + "</manifest><spine toc=\"ncx\">" + spine + "</spine></package>");
        entries.put(
                "OEBPS/nav/toc.xhtml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                        + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Sommaire</title></head><body>"
                        + "<nav epub:type=\"toc\"><ol>" + nav + "</ol></nav></body></html>");
        entries.put(
                "OEBPS/toc.ncx",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">"
                        + "<head/><docTitle><text>" + xml(title) + "</text></docTitle><navMap>" + ncx
                        + "</navMap></ncx>");
        return zip(folder.resolve(name), entries, "application/epub+zip");
    }

    /** A zip of the entries (text, UTF-8), in order; with a {@code mimetype} first and stored when given (EPUB). */
    public static Path zip(Path file, Map<String, String> entries, String mimetype) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            if (mimetype != null) {
                byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines.size() > 55 ? lines.subList(0, 55) : lines;
    }
}
