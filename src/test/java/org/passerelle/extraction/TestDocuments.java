package org.passerelle.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
