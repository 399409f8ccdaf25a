package org.passerelle.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TestDocuments;

/** Well-formed files Tika 3.3.1 fails on, read by the worker's own fallbacks, within the same bounds. */
class FallbacksTest {

    private static TikaExtractor extractor;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadParsers() {
        extractor = new TikaExtractor(new WorkerLimits(5_000_000, 3, 100));
    }

    @Test
    void anEpubWhoseChaptersAreLinkedWithDotDotGivesTheTextOfEveryChapter() throws Exception {
        List<String> chapters = List.of(TestDocuments.FRENCH, TestDocuments.ENGLISH, "Troisième chapitre : le budget.");
        Path epub = TestDocuments.epub(folder, "livre.epub", "Rapport annuel", chapters);
        assertThatThrownBy(() -> tikaAlone(epub))
                .as("the case the fallback exists for: Tika's EPUB parser gives up on this book")
                .isNotNull();

        WorkerReply reply = extractor.extract(epub, "livre.epub");
        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(reply.mediaType()).isEqualTo("application/epub+zip");
        assertThat(reply.title()).isEqualTo("Rapport annuel");
        assertThat(reply.text())
                .contains("Les associations de la diaspora rwandaise")
                .contains("Diaspora associations present their projects")
                .contains("Troisième chapitre : le budget.");
        assertThat(reply.text().indexOf("Les associations"))
                .as("in reading order")
                .isLessThan(reply.text().indexOf("Diaspora associations"));
    }

    @Test
    void anEpubWithABombChapterStopsAtTheExpansionLimit() throws IOException {
        Path epub = TestDocuments.epub(folder, "normal.epub", "Bombe", List.of("placeholder"));
        Path bomb = folder.resolve("bomb.epub");
        rewrite(epub, bomb, "OEBPS/text/chapter1.xhtml", 120);
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        WorkerReply reply = extractor.extract(bomb, "bomb.epub");
        assertThat(reply.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reply.reasonKey()).isEqualTo("extraction.failure.too-expanded");
    }

    @Test
    void aStrictOpenXmlWordFileGivesItsTextPagesTitleAndAuthor() throws Exception {
        Path docx = TestDocuments.strictDocx(
                folder, "statuts.docx", "Statuts", Arrays.asList(TestDocuments.FRENCH, null, TestDocuments.ENGLISH));
        assertThatThrownBy(() -> tikaAlone(docx)).as("POI refuses Strict OOXML").isNotNull();

        WorkerReply reply = extractor.extract(docx, "statuts.docx");
        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(reply.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(reply.title()).isEqualTo("Statuts");
        assertThat(reply.author()).isEqualTo("Aline Uwase");
        String[] pages = reply.text().split("\f", -1);
        assertThat(pages).hasSize(2);
        assertThat(pages[0]).isEqualTo(TestDocuments.FRENCH).as("the two runs of the paragraph joined");
        assertThat(pages[1]).isEqualTo(TestDocuments.ENGLISH);
        assertThat(reply.toResult().languageShares()).extracting("language").containsExactly("fr", "en");
    }

    @Test
    void aStrictWordFileWithADocumentTypeDeclarationIsRefusedNotExpanded() throws IOException {
        // an entity bomb ("billion laughs") in the main part: the fallback's parser refuses any DOCTYPE
        Path docx = TestDocuments.strictDocx(folder, "ok.docx", "T", List.of("x"));
        Path hostile = folder.resolve("lol.docx");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(
                        entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        entries.put(
                "word/document.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:document xmlns:w=\""
                        + StrictWordDocument.WORD
                        + "\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>");
        TestDocuments.zip(hostile, entries, null);

        WorkerReply reply = extractor.extract(hostile, "lol.docx");
        assertThat(reply.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reply.text()).doesNotContain("aaaa");
    }

    @Test
    void referencesInsideAContainerResolveLikeAReaderWould() {
        assertThat(BoundedZip.resolve("OEBPS/opf/content.opf", "../text/ch%201.xhtml#part1"))
                .isEqualTo("OEBPS/text/ch 1.xhtml");
        assertThat(BoundedZip.resolve("OEBPS/content.opf", "text/a.xhtml")).isEqualTo("OEBPS/text/a.xhtml");
        assertThat(BoundedZip.resolve(null, "word/document.xml")).isEqualTo("word/document.xml");
        assertThat(BoundedZip.resolve("a/b.opf", "../../etc/passwd"))
                .as("leaves the container")
                .isNull();
        assertThat(BoundedZip.resolve("a/b.opf", "https://example.org/x.html")).isNull();
    }

    private static void tikaAlone(Path file) throws Exception {
        try (TikaInputStream input = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(input, new BodyContentHandler(-1), new Metadata());
        }
    }

    /** A copy of the zip whose entry {@code name} becomes {@code megabytes} of spaces in a paragraph. */
    private static void rewrite(Path source, Path target, String name, int megabytes) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                }
                out.putNextEntry(copy);
                if (entry.getName().equals(name)) {
                    out.write(
                            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>".getBytes(StandardCharsets.UTF_8));
                    byte[] block = new byte[1 << 20];
                    Arrays.fill(block, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(block);
                    }
                    out.write("x</p></body></html>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
