package org.passerelle.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extraction.ExtractionFailure;
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TestDocuments;

/**
 * The parsing a worker does, run in the test's JVM (the isolation itself is tested in TikaWorkerPoolTest): text,
 * metadata and language of real documents, Tika's own hostile documents, the limits and the fallback.
 */
class TikaExtractorTest {

    private static TikaExtractor extractor;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadParsers() {
        extractor = new TikaExtractor(new WorkerLimits(5_000_000, 3, 100));
    }

    private WorkerReply extract(String tikaDocument) {
        Path file = TestDocuments.tika(tikaDocument, folder);
        return extractor.extract(file, file.getFileName().toString());
    }

    @Test
    void pdfGivesItsTextTitleAuthorDateAndPages() {
        WorkerReply reply = extract("testPDF.pdf");
        assertThat(reply.done()).isTrue();
        assertThat(reply.mediaType()).isEqualTo("application/pdf");
        assertThat(reply.text()).contains("Apache Tika is a toolkit for detecting and extracting metadata");
        assertThat(reply.title()).isEqualTo("Apache Tika - Apache Tika");
        assertThat(reply.author()).isEqualTo("Bertrand Delacrétaz");
        assertThat(reply.created()).isEqualTo(Instant.parse("2007-09-15T09:02:31Z"));
        assertThat(reply.pages()).isEqualTo(1);
        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.truncated()).isFalse();
        assertThat(reply.reasonKey()).isNull();
    }

    @Test
    void officeDocumentsGiveTheirTextAndCounts() {
        WorkerReply doc = extract("testWORD.doc");
        assertThat(doc.mediaType()).isEqualTo("application/msword");
        assertThat(doc.text()).contains("Sample Word Document");
        assertThat(doc.pages()).isEqualTo(2);

        WorkerReply xls = extract("testEXCEL.xls");
        assertThat(xls.text()).contains("Sample Excel Worksheet");
        assertThat(xls.sheets()).isEqualTo(3);

        WorkerReply xlsx = extract("testEXCEL.xlsx");
        assertThat(xlsx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.sheets()).isEqualTo(3);
        assertThat(xlsx.title()).isEqualTo("Simple Excel document");

        WorkerReply ppt = extract("testPPT.ppt");
        assertThat(ppt.text()).contains("Sample Powerpoint Slide");
        assertThat(ppt.slides()).isEqualTo(1);

        WorkerReply pptx = extract("testPPT.pptx");
        assertThat(pptx.slides()).isEqualTo(3);
        assertThat(pptx.author()).isEqualTo("Rajiv");
    }

    @Test
    void openDocumentRtfHtmlEpubAndImages() {
        WorkerReply odt = extract("testODFwithOOo3.odt");
        assertThat(odt.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.text()).contains("Tika is part of the Lucene project");
        assertThat(odt.title()).isEqualTo("Apache Tika");

        assertThat(extract("testFooter.ods").sheets()).isEqualTo(3);
        assertThat(extract("testMasterFooter.odp").text()).contains("Master footer is here");
        assertThat(extract("testRTF.rtf").title()).isEqualTo("Test d’indexation Word");
        assertThat(extract("testHTML.html").text()).contains("Indexation du fichier");
        assertThat(extract("testEPUB.epub").text()).contains("This is the text for chapter One");

        WorkerReply jpeg = extract("testJPEG.jpg"); // a photo of a landscape: OCR reads it and finds no words
        assertThat(jpeg.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.reasonKey()).isEqualTo(NoTextReason.OCR_FOUND_NOTHING.key());
        assertThat(jpeg.text()).isEmpty();
        assertThat(jpeg.language()).isEqualTo("unknown");
    }

    @Test
    void frenchAndEnglishDocumentsAreRecognised() throws IOException {
        Path french = TestDocuments.docx(
                folder, "lettre.docx", "Lettre de soutien", "Aline Uwase", List.of(TestDocuments.FRENCH));
        WorkerReply fr = extractor.extract(french, "lettre.docx");
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.title()).isEqualTo("Lettre de soutien");
        assertThat(fr.author()).isEqualTo("Aline Uwase");

        Path english =
                TestDocuments.pdf(folder, "report.pdf", "Annual report", List.of(TestDocuments.ENGLISH, "Page two."));
        WorkerReply en = extractor.extract(english, "report.pdf");
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.pages()).isEqualTo(2);
        assertThat(en.text()).contains("letters of support");
    }

    @Test
    void encryptedFilesFailAsEncrypted() throws IOException {
        for (String name : List.of(
                "testWORD_protected_passtika.docx",
                "testWORD_protected_passtika.doc",
                "testEXCEL_protected_passtika.xlsx",
                "testPPT_protected_passtika.pptx",
                "testODTEncrypted.odt")) {
            WorkerReply reply = extract(name);
            assertThat(reply.done()).as(name).isFalse();
            assertThat(reply.reasonKey()).as(name).isEqualTo("extraction.failure.encrypted");
        }
        WorkerReply pdf = extractor.extract(passwordProtectedPdf(), "secret.pdf");
        assertThat(pdf.reasonKey()).isEqualTo("extraction.failure.encrypted");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsReadAsAViewerWould() {
        WorkerReply reply = extract("testPDF_protected.pdf");
        assertThat(reply.done()).isTrue();
        assertThat(reply.text()).contains("RETHINKING THE FINANCIAL NETWORK");
    }

    @Test
    void truncatedFilesFailAsDamagedOrGiveWhatTheyHold() throws IOException {
        WorkerReply docx = extract("testWORD_truncated.docx");
        assertThat(docx.done()).isFalse();
        assertThat(docx.reasonKey()).isEqualTo("extraction.failure.damaged");

        Path pdf = TestDocuments.pdf(folder, "long.pdf", "Long", List.of(TestDocuments.ENGLISH, TestDocuments.FRENCH));
        WorkerReply half = extractor.extract(TestDocuments.truncated(pdf, 0.5), "long.pdf");
        // PDFBox rebuilds a PDF without its cross-reference table, like a viewer: either the text is there or
        // the file is reported damaged; never another reason, never a crash
        if (half.done()) {
            assertThat(half.text()).isNotBlank();
        } else {
            assertThat(half.reasonKey()).isEqualTo("extraction.failure.damaged");
        }
    }

    @Test
    void recursiveEmbeddedDocumentsStopAtTheDepthLimit() {
        WorkerReply reply = extract("test_recursive_embedded.docx");
        assertThat(reply.done()).isTrue();
        assertThat(reply.truncated()).as("embedded documents were skipped").isTrue();
        assertThat(reply.text()).contains("embed_0").doesNotContain("embed_4");
    }

    @Test
    void aZipBombIsCutAtTheCharacterLimit() throws IOException {
        Path bomb = folder.resolve("bomb.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            byte[] block = "ab ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 500; i++) { // 150 MB of text in about 150 KB
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        TikaExtractor small = new TikaExtractor(new WorkerLimits(100_000, 3, 100));
        WorkerReply reply = small.extract(bomb, "bomb.zip");
        assertThat(reply.done()).isTrue();
        assertThat(reply.truncated()).isTrue();
        assertThat(reply.text().length()).isLessThanOrEqualTo(100_000);
    }

    @Test
    void textBeyondTheLimitIsCutAndMarkedTruncated() {
        TikaExtractor small = new TikaExtractor(new WorkerLimits(200, 3, 100));
        WorkerReply reply = small.extract(TestDocuments.tika("testPDF.pdf", folder), "testPDF.pdf");
        assertThat(reply.done()).isTrue();
        assertThat(reply.truncated()).isTrue();
        assertThat(reply.text().length()).isLessThanOrEqualTo(200);
        assertThat(reply.pages()).isEqualTo(1);
    }

    @Test
    void aTextFileTikaTakesForBinaryIsReadAsTheTypeItsNameSays() throws IOException {
        // an export with \u0001 as field separator (Hive's default): the bytes look binary (octet-stream, for which
        // there is no parser); the declared name says CSV, and the text parser reads it. Stored files have no
        // meaningful name of their own (here "blob"), so the declared name is the only hint.
        String rows = "country\u0001sector\u0001budget\nRwanda\u0001health\u000112000\nBurundi\u0001school\u00018000\n";
        Path file = folder.resolve("blob");
        Files.writeString(file, rows.repeat(20), StandardCharsets.US_ASCII);

        WorkerReply reply = extractor.extract(file, "export.csv");
        assertThat(reply.done()).isTrue();
        assertThat(reply.text()).contains("Burundi").contains("school");
        assertThat(reply.mediaType()).startsWith("text/");

        WorkerReply withoutName = extractor.extract(file, null);
        assertThat(withoutName.done())
                .as("without a name nothing says what it is")
                .isFalse();
        assertThat(withoutName.reasonKey()).isEqualTo("extraction.failure.unsupported");
    }

    @Test
    void whenTheContentTypesParserFailsTheNamesTypeIsTriedBeforeGivingUp() throws IOException {
        // Tika's MockParser (tika-core tests jar) claims XML files whose root is <mock> and here throws: a parser
        // that fails on a well-formed file. The name says text, and the text parser reads it.
        Path file = TestDocuments.mock(
                folder,
                "blob",
                "<write element=\"p\">never reached</write>"
                        + "<throw class=\"org.apache.tika.exception.TikaException\">parser bug</throw>");

        WorkerReply asText = extractor.extract(file, "notes.txt");
        assertThat(asText.done()).isTrue();
        assertThat(asText.mediaType()).isEqualTo("text/plain");
        assertThat(asText.text()).contains("parser bug");

        WorkerReply unnamed = extractor.extract(file, null);
        assertThat(unnamed.done()).isFalse();
        assertThat(unnamed.mediaType()).isEqualTo("application/mock+xml");
        assertThat(unnamed.reasonKey()).isEqualTo("extraction.failure.damaged");
    }

    @Test
    void formatsTikaCannotReadAreUnsupportedNotDamaged() {
        WorkerReply wordPerfect = extract("testWordPerfect_42.doc"); // WordPerfect 4.2 under a .doc name
        assertThat(wordPerfect.done()).isFalse();
        assertThat(wordPerfect.reasonKey()).isEqualTo("extraction.failure.unsupported");
    }

    @Test
    void aStrictOpenXmlSpreadsheetIsReadSheetBySheet() {
        // "Strict OOXML": Excel opens it, POI (and so Tika) cannot
        WorkerReply strict = extract("testEXCEL.strict.xlsx");
        assertThat(strict.done()).isTrue();
        assertThat(strict.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<String> sheets = List.of(strict.text().split("\f", -1));
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sheets.get(0)).contains("Test spreadsheet", "2nd row\t2nd row 2nd column");
        assertThat(sheets.get(1)).contains("Start of 2nd sheet", "I'm in bold blue, on a yellow background");
        assertThat(strict.text()).contains("cb=sum");
    }

    @Test
    void unknownBinaryIsUnsupported() throws IOException {
        byte[] bytes = new byte[10_000];
        new java.util.Random(42).nextBytes(bytes);
        Path file = folder.resolve("data.bin");
        Files.write(file, bytes);
        WorkerReply reply = extractor.extract(file, "data.bin");
        assertThat(reply.done()).isFalse();
        assertThat(reply.reasonKey()).isEqualTo("extraction.failure.unsupported");
    }

    @Test
    void limitsFailWithTheLimitTheyReached() throws IOException {
        Path deep = folder.resolve("deep.xml");
        Files.writeString(deep, "<?xml version=\"1.0\"?>" + "<a>".repeat(20_000) + "x" + "</a>".repeat(20_000));
        WorkerReply nested = extractor.extract(deep, "deep.xml");
        assertThat(nested.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(nested.reasonKey()).isEqualTo(ExtractionFailure.TOO_DEEP.key());

        // a Word file whose 60 MB of text compress into some 60 KB: POI's inflation ratio guard
        Path plain = TestDocuments.docx(folder, "plain.docx", "Plain", "A", List.of("hello"));
        Path bomb = folder.resolve("bomb.docx");
        try (var in = new java.util.zip.ZipFile(plain.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                    + "<w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] block = new byte[1 << 20];
                    java.util.Arrays.fill(block, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        out.write(block);
                    }
                    out.write("x</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        WorkerReply expanded = extractor.extract(bomb, "bomb.docx");
        assertThat(expanded.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(expanded.reasonKey()).isEqualTo(ExtractionFailure.TOO_EXPANDED.key());
    }

    @Test
    void aStackOverflowIsNestingTooDeepAndAMemoryGuardIsTooExpanded() {
        // the parsers' own words for their limits, as the worker receives them
        assertThat(FailureReasons.of(new org.apache.tika.exception.TikaException("parse", new StackOverflowError())))
                .isEqualTo(ExtractionFailure.TOO_DEEP);
        assertThat(FailureReasons.of(new java.io.IOException("Reached maximum recursion depth 500")))
                .isEqualTo(ExtractionFailure.TOO_DEEP);
        assertThat(FailureReasons.of(new org.apache.tika.exception.TikaException(
                        "Zip bomb detected!",
                        new org.xml.sax.SAXException("Suspected zip bomb: 100 levels of XML element nesting"))))
                .as("Tika calls deep XML a zip bomb: it is nesting")
                .isEqualTo(ExtractionFailure.TOO_DEEP);
        assertThat(FailureReasons.of(new org.apache.tika.exception.TikaMemoryLimitException("too big")))
                .isEqualTo(ExtractionFailure.TOO_EXPANDED);
        assertThat(FailureReasons.of(new org.apache.tika.exception.TikaException("XML parse error")))
                .isEqualTo(ExtractionFailure.DAMAGED);
    }

    private Path passwordProtectedPdf() throws IOException {
        Path plain = TestDocuments.pdf(folder, "plain.pdf", "Secret", List.of(TestDocuments.ENGLISH));
        Path secret = folder.resolve("secret.pdf");
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(secret.toFile());
        }
        return secret;
    }

    @Test
    void theEndOfEachPdfPageIsMarkedSoThatTheTextIsCutWhereThePagesEnd() throws IOException {
        Path pdf = TestDocuments.pdf(
                folder, "three.pdf", "Three pages", List.of("First page.", "Second page.", "Third page."));
        String text = extractor.extract(pdf, "three.pdf").text();
        String[] pages = text.split("\f", -1);
        assertThat(pages[0]).contains("First page.");
        assertThat(pages[1]).contains("Second page.");
        assertThat(pages[2]).contains("Third page.");
    }
}
