package org.passerelle.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.AllFinishedEvent;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.UploadI18N;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsFixture;
import org.passerelle.documents.TestFiles;

/**
 * The upload of the documents panel as a person sees it: every text of Vaadin's upload in her language, what
 * became of each file on its own row, the file-count limit, the list emptied for the next batch, and nothing
 * pushed to a panel that was left. MEMBER reads French, BOARD English; both may upload to the space.
 */
class UploadPanelTest extends KaribuTest {

    /** The English texts the web component shows when one is not set (vaadin-upload 25.2). */
    private static final Set<String> VAADIN_DEFAULTS = Set.of(
            "Upload File...",
            "Upload Files...",
            "Drop file here",
            "Drop files here",
            "Retry",
            "Start",
            "Remove",
            "Too Many Files.",
            "File is Too Big.",
            "Incorrect File Type.",
            "Connecting...",
            "Stalled",
            "Processing File...",
            "Queued",
            "remaining time: ",
            "unknown remaining time",
            "Upload failed, please try again later",
            "Upload failed due to server error",
            "Upload forbidden",
            "File is too large");

    DocumentsFixture fixture;

    @BeforeEach
    void setUpDocuments() {
        fixture = new DocumentsFixture(context, accounts);
    }

    private UploadArea area(TestAccounts.Person person) {
        signIn(person);
        navigate("spaces/" + fixture.spaceId);
        return _get(DocumentsPanel.class).uploadArea;
    }

    private static UploadArea.Outcome upload(UploadArea area, String name, byte[] bytes) {
        UploadArea.Outcome outcome = area.receive(name, bytes.length, new ByteArrayInputStream(bytes));
        area.show(outcome);
        return outcome;
    }

    private static List<String> rows(UploadArea area) {
        return area.rows.shown().stream()
                .map(row -> row.name.getText() + " — " + row.status.getText())
                .toList();
    }

    /** Every text of the upload's i18n, by the name of its field. */
    private static Map<String, String> texts(UploadI18N i18n) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("addFiles.one", i18n.getAddFiles().getOne());
        texts.put("addFiles.many", i18n.getAddFiles().getMany());
        texts.put("dropFiles.one", i18n.getDropFiles().getOne());
        texts.put("dropFiles.many", i18n.getDropFiles().getMany());
        texts.put("file.start", i18n.getFile().getStart());
        texts.put("file.retry", i18n.getFile().getRetry());
        texts.put("file.remove", i18n.getFile().getRemove());
        texts.put("error.tooManyFiles", i18n.getError().getTooManyFiles());
        texts.put("error.fileIsTooBig", i18n.getError().getFileIsTooBig());
        texts.put("error.incorrectFileType", i18n.getError().getIncorrectFileType());
        UploadI18N.Uploading uploading = i18n.getUploading();
        texts.put("status.connecting", uploading.getStatus().getConnecting());
        texts.put("status.stalled", uploading.getStatus().getStalled());
        texts.put("status.processing", uploading.getStatus().getProcessing());
        texts.put("status.held", uploading.getStatus().getHeld());
        texts.put("remainingTime.prefix", uploading.getRemainingTime().getPrefix());
        texts.put("remainingTime.unknown", uploading.getRemainingTime().getUnknown());
        texts.put("uploadError.serverUnavailable", uploading.getError().getServerUnavailable());
        texts.put("uploadError.unexpectedServerError", uploading.getError().getUnexpectedServerError());
        texts.put("uploadError.forbidden", uploading.getError().getForbidden());
        texts.put("uploadError.fileTooLarge", uploading.getError().getFileTooLarge());
        texts.put("units", String.join(" ", i18n.getUnits().getSize()));
        return texts;
    }

    private static void assertComplete(Map<String, String> texts) {
        texts.forEach((field, text) -> assertThat(text).as(field).isNotBlank().doesNotStartWith("!"));
    }

    @Test
    void everyTextOfTheUploadIsInFrenchForAFrenchReader() {
        Map<String, String> english = texts(area(TestAccounts.BOARD).upload.getI18n());
        Map<String, String> french = texts(area(TestAccounts.MEMBER).upload.getI18n());

        assertComplete(english);
        assertComplete(french);
        french.forEach((field, text) -> assertThat(VAADIN_DEFAULTS)
                .as(field + " is one of Vaadin's English defaults")
                .doesNotContain(text));
        assertThat(french.keySet()).isEqualTo(english.keySet());
        french.forEach(
                (field, text) -> assertThat(text).as(field + " is translated").isNotEqualTo(english.get(field)));
        assertThat(french)
                .containsEntry("addFiles.many", "Téléverser des fichiers…")
                .containsEntry("file.remove", "Retirer")
                .containsEntry("units", "o ko Mo Go To Po Eo Zo Yo")
                .containsEntry("remainingTime.prefix", "temps restant : ");
        assertThat(french.get("error.tooManyFiles")).startsWith("Trop de fichiers : 10 au plus à la fois.");
        assertThat(french.get("dropFiles.many")).contains("25 Mo au plus chacun et 10 à la fois");
        assertThat(english.get("error.fileIsTooBig")).isEqualTo("The file is larger than 25 MB.");
    }

    @Test
    void aRefusedFileShowsTheServersReasonOnItsOwnRowUntilRemoved() throws IOException {
        UploadArea area = area(TestAccounts.MEMBER);

        UploadArea.Outcome refused = upload(area, "budget.xlsm", xlsm());
        upload(area, "photos.zip", TestFiles.zip());
        upload(area, "lettre.docx", java.util.Arrays.copyOf(TestFiles.docx(TestFiles.FRENCH), 900));
        upload(area, "note.txt", TestFiles.text(TestFiles.FRENCH));

        assertThat(refused.accepted()).isFalse();
        assertThat(rows(area))
                .containsExactly(
                        "budget.xlsm — Refusé : Les fichiers avec macros ne sont pas acceptés : enregistrez-le au"
                                + " format .xlsx (sans macros) et téléversez ce fichier.",
                        "photos.zip — Refusé : Les archives (zip, 7z, tar, gz…) ne sont pas acceptées : téléversez"
                                + " plutôt les fichiers qu'elles contiennent.",
                        "lettre.docx — Refusé : Le fichier est endommagé ou incomplet : enregistrez-le à nouveau,"
                                + " puis réessayez.",
                        "note.txt — Téléversé : son texte est en cours de lecture.");
        // the refusals are on the rows, not in notifications; the accepted file gets a short one
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .containsExactly("« note.txt » téléversé.");

        UploadRows.Row first = area.rows.shown().getFirst();
        assertThat(first.remove.getAriaLabel()).contains("Retirer « budget.xlsm » de la liste");
        _click(first.remove);
        assertThat(rows(area)).hasSize(3).noneMatch(row -> row.startsWith("budget.xlsm"));

        _click(area.rows.clear);
        assertThat(rows(area)).isEmpty();
        assertThat(area.rows.clear.isVisible()).isFalse();
    }

    @Test
    void theEleventhFileIsRefusedInFrenchAndTheNextBatchCanBeChosen() {
        UploadArea area = area(TestAccounts.MEMBER);
        for (int i = 1; i <= 10; i++) {
            assertThat(upload(area, "note-" + i + ".txt", TestFiles.text("note " + i))
                            .accepted())
                    .isTrue();
        }
        // one file too many, sent anyway (the browser's own limit bypassed)
        UploadArea.Outcome eleventh = upload(area, "note-11.txt", TestFiles.text("note 11"));
        // and one stopped by the browser: the web component reports it with the text we gave it
        ComponentUtil.fireEvent(
                area.upload,
                new FileRejectedEvent(
                        area.upload, area.upload.getI18n().getError().getTooManyFiles(), "note-12.txt"));

        assertThat(eleventh.accepted()).isFalse();
        assertThat(rows(area))
                .hasSize(12)
                .contains(
                        "note-11.txt — Refusé : Au plus 10 fichiers peuvent être téléversés à la fois : choisissez"
                                + " celui-ci à nouveau une fois les autres terminés.",
                        "note-12.txt — Refusé : Trop de fichiers : 10 au plus à la fois. Choisissez celui-ci à"
                                + " nouveau une fois les autres terminés.");

        pendingJavaScript();
        ComponentUtil.fireEvent(area.upload, new AllFinishedEvent(area.upload));

        // the accepted rows went (their documents are in the list), the refusals stay with their reasons
        assertThat(rows(area)).hasSize(2).allMatch(row -> row.contains("Refusé"));
        assertThat(area.rows.clear.isVisible()).isTrue();
        // Vaadin's own list is emptied, so that it is no longer full and takes the next batch
        assertThat(pendingJavaScript()).anyMatch(js -> js.contains("this.files = []"));
        // and the server counts the next batch from zero
        assertThat(upload(area, "note-11.txt", TestFiles.text("note 11")).accepted())
                .isTrue();
    }

    @Test
    void nothingIsPushedToAPanelThatWasLeft() {
        DocumentChanges changes = context.getBean(DocumentChanges.class);
        SubjectRef space = SubjectRef.space(fixture.spaceId);
        UploadArea area = area(TestAccounts.MEMBER);
        assertThat(changes.listenerCount(space)).isEqualTo(1);
        UploadArea.Outcome outcome = area.receive("note.txt", 4, new ByteArrayInputStream(TestFiles.text("note")));

        navigate("");
        assertThat(changes.listenerCount(space)).isZero();
        // a change committed after the person left (the extraction moving on), and a file's answer arriving late
        accounts.signIn(TestAccounts.MEMBER);
        byte[] bytes = TestFiles.text(TestFiles.FRENCH);
        assertThatCode(() -> {
                    context.getBean(DocumentUploads.class)
                            .upload(space, "", "plus-tard.txt", bytes.length, new ByteArrayInputStream(bytes));
                    area.deliver(UI.getCurrent(), outcome);
                    area.deliver(new UI(), outcome); // a page already closed
                    com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
                })
                .doesNotThrowAnyException();
        assertThat(changes.listenerCount(space)).isZero();
        assertThat(rows(area)).isEmpty();
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    /** The JavaScript the next response would run in the browser (taken: the next call sees only newer). */
    private static List<String> pendingJavaScript() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression())
                .toList();
    }

    private static byte[] xlsm() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Panneaux solaires");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
