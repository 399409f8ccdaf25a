package org.passerelle.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.H2Test;
import org.passerelle.base.UserFacingException;
import org.passerelle.extraction.TestDocuments;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The refusals that say what to do: Office files with macros are to be saved without them, documents cut short
 * are damaged (not archives), a real archive is still an archive. Real files: Tika's own test documents and files
 * made here.
 */
@H2Test
class UploadInspectionTest {

    @Autowired
    UploadInspection inspection;

    @TempDir
    Path folder;

    private UserFacingException refusal(String name, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(name), bytes);
        return catchThrowableOfType(UserFacingException.class, () -> inspection.inspect(file, bytes.length, name));
    }

    private static byte[] tika(String name, Path folder) throws IOException {
        return Files.readAllBytes(TestDocuments.tika(name, folder));
    }

    private static byte[] firstHalf(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** The same Office package with another main content type (how Word marks a document with macros). */
    private static byte[] withContentType(byte[] ooxml, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(content, StandardCharsets.UTF_8);
                    assertThat(types).contains(from);
                    content = types.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsmMadeWithPoi() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Panneaux solaires");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void officeFilesWithMacrosAreToBeSavedWithoutThem() throws IOException {
        byte[] docm = withContentType(
                TestFiles.docx(TestFiles.FRENCH),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");

        for (var file : java.util.Map.of(
                        "budget.xlsm", xlsmMadeWithPoi(),
                        "testEXCEL_macro.xlsm", tika("testEXCEL_macro.xlsm", folder),
                        "lettre.docm", docm,
                        "testWORD_macros.docm", tika("testWORD_macros.docm", folder),
                        "testPPT_macros.pptm", tika("testPPT_macros.pptm", folder))
                .entrySet()) {
            UserFacingException refusal = refusal(file.getKey(), file.getValue());
            String expected = "."
                    + file.getKey()
                            .substring(file.getKey().length() - 4, file.getKey().length() - 1) + "x"; // .xlsm -> .xlsx
            assertThat(refusal).as(file.getKey()).isNotNull();
            assertThat(refusal.messageKey()).as(file.getKey()).isEqualTo("documents.error.macros");
            assertThat(refusal.arguments()).as(file.getKey()).containsExactly(expected);
        }
    }

    @Test
    void aMacroFileRenamedAsAPlainOneIsStillRefusedForItsMacros() throws IOException {
        assertThat(refusal("budget.xlsx", xlsmMadeWithPoi()).arguments()).containsExactly(".xlsx");
    }

    @Test
    void documentsCutShortAreDamagedNotArchives() throws IOException {
        var cut = new java.util.LinkedHashMap<String, byte[]>();
        cut.put("statuts.odt", firstHalf(tika("testODFwithOOo3.odt", folder)));
        cut.put("lettre.docx", firstHalf(TestFiles.docx(TestFiles.FRENCH)));
        cut.put("budget.xlsx", firstHalf(TestFiles.xlsx()));
        cut.put("slides.pptx", firstHalf(TestFiles.pptx()));
        cut.put("lettre-debut.docx", Arrays.copyOf(TestFiles.docx(TestFiles.FRENCH), 600));
        cut.forEach((name, bytes) -> {
            try {
                UserFacingException refusal = refusal(name, bytes);
                assertThat(refusal).as(name).isNotNull();
                assertThat(refusal.messageKey()).as(name).isEqualTo("documents.error.damaged");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aRealArchiveIsStillAnArchiveWhateverItsName() throws IOException {
        assertThat(refusal("photos.zip", TestFiles.zip()).messageKey()).isEqualTo("documents.error.archive");
        // complete, with no document inside: an archive renamed, not a damaged document
        assertThat(refusal("photos.docx", TestFiles.zip()).messageKey()).isEqualTo("documents.error.archive");
    }

    @Test
    void completeDocumentsAreStillAccepted() throws IOException {
        Path odt = TestDocuments.tika("testODFwithOOo3.odt", folder);
        assertThat(inspection.inspect(odt, Files.size(odt), "statuts.odt"))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        byte[] docx = TestFiles.docx(TestFiles.ENGLISH);
        Path file = Files.write(folder.resolve("letter.docx"), docx);
        assertThat(inspection.inspect(file, docx.length, "letter.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void otherTypesGetTheGeneralRefusal() throws IOException {
        assertThat(refusal("facture.pdf", TestFiles.executable()).messageKey())
                .isEqualTo("documents.error.type-not-allowed");
    }
}
