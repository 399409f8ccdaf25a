package org.passerelle.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload check's type detection: from the content, whatever the name claims. */
class TikaTypeDetectionTest {

    private final AtomicInteger warmUps = new AtomicInteger();
    private final TypeDetection detection = new TikaTypeDetection(warmUps::incrementAndGet);

    @TempDir
    Path folder;

    private String detect(String tikaDocument, String declaredName) {
        return detection.detect(TestDocuments.tika(tikaDocument, folder), declaredName);
    }

    @Test
    void everyAllowedTypeIsRecognisedFromItsContent() {
        assertThat(detect("testPDF.pdf", "a.pdf")).isEqualTo("application/pdf");
        assertThat(detect("testWORD.doc", "a.doc")).isEqualTo("application/msword");
        assertThat(detect("testEXCEL.xls", "a.xls")).isEqualTo("application/vnd.ms-excel");
        assertThat(detect("testPPT.ppt", "a.ppt")).isEqualTo("application/vnd.ms-powerpoint");
        assertThat(detect("footnotes.docx", "a.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect("testEXCEL.xlsx", "a.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detect("testPPT.pptx", "a.pptx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(detect("testODFwithOOo3.odt", "a.odt")).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(detect("testFooter.ods", "a.ods")).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(detect("testMasterFooter.odp", "a.odp"))
                .isEqualTo("application/vnd.oasis.opendocument.presentation");
        assertThat(detect("testRTF.rtf", "a.rtf")).isEqualTo("application/rtf");
        assertThat(detect("testHTML.html", "a.html")).isEqualTo("text/html");
        assertThat(detect("testEPUB.epub", "a.epub")).isEqualTo("application/epub+zip");
        assertThat(detect("testJPEG.jpg", "a.jpg")).isEqualTo("image/jpeg");
        assertThat(detect("testPNG.png", "a.png")).isEqualTo("image/png");
    }

    @Test
    void theNameNeverDecidesTheType() throws IOException {
        assertThat(detect("footnotes.docx", "letter.pdf"))
                .as("a DOCX renamed .pdf")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect("testPDF.pdf", null)).isEqualTo("application/pdf");

        Path exe = folder.resolve("blob");
        Files.write(exe, windowsExecutableHeader());
        assertThat(detection.detect(exe, "budget.pdf"))
                .as("an executable renamed .pdf")
                .isNotEqualTo("application/pdf");

        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path unknown = folder.resolve("noise");
        Files.write(unknown, noise);
        assertThat(detection.detect(unknown, "report.pdf")).isEqualTo("application/octet-stream");
    }

    @Test
    void theNameRefinesPlainTextIntoCsvOrMarkdown() throws IOException {
        Path csv = TestDocuments.text(folder, "blob1", "country,sector,budget\nRwanda,health,12000\n");
        assertThat(detection.detect(csv, "budget.csv")).isEqualTo("text/csv");
        Path markdown = TestDocuments.text(folder, "blob2", "# Project\n\nSome *text* here.\n");
        assertThat(detection.detect(markdown, "README.md")).isEqualTo("text/markdown");
        assertThat(detection.detect(markdown, null)).isEqualTo("text/plain");
    }

    @Test
    void archivesAreRecognisedSoThatTheyCanBeRefused() throws IOException {
        Path zip = folder.resolve("blob.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }
        Path renamed = folder.resolve("blob2");
        Files.copy(zip, renamed, StandardCopyOption.REPLACE_EXISTING);
        assertThat(detection.detect(renamed, "letter.docx")).isEqualTo("application/zip");
        assertThat(detect("testZIP_corrupted_oom.zip", "a.docx")).isEqualTo("application/zip");
    }

    @Test
    void theFirstDetectionWarmsAWorkerUpOnce() {
        for (String name : List.of("testPDF.pdf", "testRTF.rtf")) {
            detect(name, name);
        }
        assertThat(warmUps).hasValue(1);
    }

    private static byte[] windowsExecutableHeader() {
        byte[] bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
