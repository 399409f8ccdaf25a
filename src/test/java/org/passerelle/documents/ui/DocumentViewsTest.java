package org.passerelle.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.ui.NotFoundView;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsFixture;
import org.passerelle.documents.ExtractionResults;
import org.passerelle.documents.ExtractionState;
import org.passerelle.documents.TestFiles;
import org.passerelle.extraction.DocumentMetadata;
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.TextSource;

/** The documents panel on owner pages and the document page, as a person sees them (MEMBER reads French). */
class DocumentViewsTest extends KaribuTest {

    DocumentsFixture fixture;
    DocumentService documents;
    DocumentUploads uploads;
    DocumentChanges changes;

    @BeforeEach
    void setUpDocuments() {
        fixture = new DocumentsFixture(context, accounts);
        documents = context.getBean(DocumentService.class);
        uploads = context.getBean(DocumentUploads.class);
        changes = context.getBean(DocumentChanges.class);
    }

    private DocumentsPanel spacePanel(TestAccounts.Person person) {
        signIn(person);
        navigate("spaces/" + fixture.spaceId);
        return _get(DocumentsPanel.class);
    }

    private static UploadArea.Outcome upload(DocumentsPanel panel, String name, byte[] bytes) {
        UploadArea.Outcome outcome = panel.uploadArea.receive(name, bytes.length, new ByteArrayInputStream(bytes));
        panel.uploadArea.show(outcome);
        return outcome;
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .collect(Collectors.joining(" | "));
    }

    private long waitUntilRead(String name) {
        accounts.signIn(TestAccounts.MEMBER);
        long id = documents.list(SubjectRef.space(fixture.spaceId)).stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        DocumentsFixture.await(
                name + " is read", () -> documents.get(id).state().finished());
        return id;
    }

    /** A text file of the space's library, read by the real worker. */
    private long readInTheLibrary(String name) {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] bytes = TestFiles.text(TestFiles.FRENCH + " " + name);
        long id = uploads.upload(
                        SubjectRef.space(fixture.spaceId), "", name, bytes.length, new ByteArrayInputStream(bytes))
                .document()
                .id();
        DocumentsFixture.await(
                name + " is read", () -> documents.get(id).state().finished());
        return id;
    }

    /** Spaces as a reader sees them: the no-break spaces before "%" are spaces. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A scan read by OCR: two pages of French around one of English, 92 % and 8 % of its text. */
    private static org.passerelle.extraction.ExtractionResult frenchAndEnglishScan(TextSource source) {
        return ExtractionResults.pages(
                source,
                List.of(ExtractionResults.french(460), ExtractionResults.english(80), ExtractionResults.french(460)),
                List.of("fr", "en", "fr"));
    }

    @Test
    void aFileWithoutTextSaysSoAndWhyOnItsPageAndInItsRow() {
        signIn(TestAccounts.MEMBER);
        long id = readInTheLibrary("statuts.txt");
        ExtractionResults.store(
                context, id, ExtractionResults.empty(NoTextReason.OCR_NOT_INSTALLED, DocumentMetadata.NONE));

        navigate("documents/" + id);
        DocumentView view = _get(DocumentView.class);
        String reason = view.getTranslation(NoTextReason.OCR_NOT_INSTALLED.key());
        assertThat(text(view.metadata))
                .contains("Aucun texte dans ce fichier — " + reason)
                .doesNotContain("Texte disponible", "Texte illisible", "Langue");
        assertThat(view.reader.notice.getText()).isEqualTo("Ce fichier ne contient aucun texte à afficher.");
        assertThat(view.reader.text.getText()).isEmpty();

        navigate("spaces/" + fixture.spaceId);
        assertThat(text(_get(DocumentsPanel.class).list)).contains("Aucun texte dans ce fichier — " + reason);
    }

    @Test
    void aScanReadByOcrSaysSoListsItsLanguagesByShareAndMarksEachPagesLanguage() {
        signIn(TestAccounts.MEMBER);
        long id = readInTheLibrary("lettre.txt");
        ExtractionResults.store(context, id, frenchAndEnglishScan(TextSource.OCR));

        navigate("documents/" + id);
        DocumentView view = _get(DocumentView.class);
        assertThat(spaced(text(view.metadata)))
                .contains("Texte disponible")
                .contains("Langues")
                .contains("Français 92 %, Anglais 8 %");
        assertThat(view.reader.source.isVisible()).isTrue();
        assertThat(view.reader.source.getText())
                .isEqualTo("Texte lu par reconnaissance de caractères (OCR) sur les pages numérisées — vérifiez-le par"
                        + " rapport à l’original.");
        assertThat(view.reader.position.getText()).isEqualTo("Page 1 sur 3");
        assertThat(view.reader.text.getElement().getAttribute("lang")).isEqualTo("fr");
        _click(view.reader.next);
        assertThat(view.reader.text.getText()).startsWith("The health centre");
        assertThat(view.reader.text.getElement().getAttribute("lang")).isEqualTo("en");

        useLanguage(java.util.Locale.ENGLISH);
        navigate("documents/" + id);
        view = _get(DocumentView.class);
        assertThat(spaced(text(view.metadata))).contains("Languages").contains("French 92 %, English 8 %");
        assertThat(view.reader.source.getText())
                .isEqualTo("Text read by OCR from the scanned pages — check it against the original.");

        // read again, some pages from the text layer: the open page follows live
        ExtractionResults.store(context, id, frenchAndEnglishScan(TextSource.MIXED));
        DocumentView shown = view;
        DocumentsFixture.await("the page shows the new source", () -> {
            MockVaadin.runUIQueue();
            return shown.reader.source.getText().startsWith("Some pages");
        });
        assertThat(shown.reader.source.getText())
                .isEqualTo("Some pages read by OCR from scanned images — check them against the original.");
    }

    @Test
    void theDocumentPageStopsListeningWhenLeftEvenWithAChangeOnItsWay() {
        signIn(TestAccounts.MEMBER);
        long id = readInTheLibrary("note.txt");
        SubjectRef space = SubjectRef.space(fixture.spaceId);
        navigate("documents/" + id);
        DocumentView view = _get(DocumentView.class);
        assertThat(changes.listenerCount(space)).isEqualTo(1);
        var relayLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.passerelle.base.LiveRelay.class);
        var relayWarnings = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        relayWarnings.start();
        relayLog.addAppender(relayWarnings);
        try {
            // a change on its way to the page's UI while the person goes elsewhere
            context.publishEvent(
                    new org.passerelle.documents.DocumentEvents.DocumentStateChanged(id, space, ExtractionState.DONE));
            DocumentsFixture.await(
                    "the change waits for the UI",
                    () -> !com.vaadin.flow.server.VaadinSession.getCurrent()
                            .getPendingAccessQueue()
                            .isEmpty());
            navigate("");
            MockVaadin.runUIQueue(); // runs the late change: nothing to show, nothing thrown

            assertThat(view.isAttached()).isFalse();
            assertThat(changes.listenerCount(space)).isZero();
            // a reload makes a new page; the old one listens until the server closes it, then its listener goes
            navigate("documents/" + id);
            com.vaadin.flow.component.UI old = com.vaadin.flow.component.UI.getCurrent();
            old.getPage().reload();
            com.vaadin.flow.component.UI reloaded = com.vaadin.flow.component.UI.getCurrent();
            assertThat(changes.listenerCount(space)).isEqualTo(2);
            com.vaadin.flow.component.UI.setCurrent(old);
            old.getSession().removeUI(old); // as the server does with a page that was left
            com.vaadin.flow.component.UI.setCurrent(reloaded);
            assertThat(changes.listenerCount(space)).isEqualTo(1);
            navigate("");
            assertThat(changes.listenerCount(space)).isZero();
            context.publishEvent(
                    new org.passerelle.documents.DocumentEvents.DocumentStateChanged(id, space, ExtractionState.DONE));
            MockVaadin.runUIQueue();
            assertThat(relayWarnings.list).as("no listener of the relay threw").isEmpty();
        } finally {
            relayLog.detachAppender(relayWarnings);
        }
    }

    @Test
    void anUploadShowsUpAndItsStateChangesLive() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);
        assertThat(panel.uploadArea.upload.isAttached()).isTrue();
        assertThat(panel.empty.isVisible()).isTrue();

        upload(panel, "étude.pdf", TestFiles.pdf("Étude", TestFiles.FRENCH));

        assertThat(notifications()).contains("« étude.pdf » téléversé");
        assertThat(text(panel.list)).contains("étude.pdf");
        assertThat(panel.empty.isVisible()).isFalse();
        waitUntilRead("étude.pdf");
        // the worker's push runs with the viewer's rights, even on a thread that has none
        TestAccounts.signOut();
        // the change reaches the view through the relay's thread after the commit: it may come a moment later
        DocumentsFixture.await("the list shows the text is ready", () -> {
            MockVaadin.runUIQueue();
            return text(panel.list).contains("Texte disponible");
        });
        assertThat(text(panel.list)).contains("Texte disponible");
    }

    @Test
    void refusedFilesAreExplainedAndNotListed() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);

        assertThat(upload(panel, "photos.zip", TestFiles.zip()).accepted()).isFalse();
        assertThat(upload(panel, "facture.pdf", TestFiles.executable()).accepted())
                .isFalse();
        assertThat(upload(panel, "lettre.pdf", TestFiles.docx(TestFiles.FRENCH)).accepted())
                .isFalse();

        // each reason on the refused file's own row
        assertThat(panel.uploadArea.rows.shown())
                .extracting(row -> row.name.getText() + " — " + row.status.getText())
                .containsExactly(
                        "photos.zip — Refusé : Les archives (zip, 7z, tar, gz…) ne sont pas acceptées : téléversez"
                                + " plutôt les fichiers qu'elles contiennent.",
                        "facture.pdf — Refusé : Ce type de fichier n’est pas accepté. Acceptés : PDF ; fichiers Word,"
                                + " Excel et PowerPoint sans macros (.docx, .xlsx, .pptx, .doc, .xls, .ppt) ;"
                                + " OpenDocument (.odt, .ods, .odp) ; RTF ; texte, CSV et Markdown ; HTML ; EPUB ;"
                                + " images JPEG et PNG.",
                        "lettre.pdf — Refusé : Le nom se termine par « .pdf » mais le contenu est d'un autre type :"
                                + " renommez le fichier ou enregistrez-le au bon format.");
        assertThat(panel.empty.isVisible()).isTrue();
    }

    @Test
    void atMostTenFilesAreTakenInOneUpload() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);
        for (int i = 1; i <= 10; i++) {
            assertThat(panel.uploadArea
                            .receive("note-" + i + ".txt", 5, new ByteArrayInputStream(TestFiles.text("n " + i)))
                            .accepted())
                    .isTrue();
        }
        UploadArea.Outcome eleventh =
                panel.uploadArea.receive("note-11.txt", 5, new ByteArrayInputStream(TestFiles.text("n 11")));
        assertThat(eleventh.accepted()).isFalse();
        assertThat(eleventh.reasonKey()).isEqualTo("documents.error.too-many");
    }

    @Test
    void aHostileNameIsShownAsPlainText() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);
        upload(panel, "<img src=x onerror=alert(1)>.txt", TestFiles.text(TestFiles.ENGLISH));
        RouterLink link = _get(panel.list, RouterLink.class);
        assertThat(link.getText()).isEqualTo("_img src=x onerror=alert(1)_.txt");
        assertThat(link.getElement().getChildren().allMatch(com.vaadin.flow.dom.Element::isTextNode))
                .as("the name is a text node, never markup")
                .isTrue();
    }

    @Test
    void peopleWhoMayNotUploadOnlyRead() {
        accounts.signIn(TestAccounts.STAFF);
        byte[] template = TestFiles.text(TestFiles.FRENCH);
        uploads.upload(
                SubjectRef.call(fixture.callId), "", "modèle.txt", template.length, new ByteArrayInputStream(template));
        TestAccounts.signOut();

        signIn(TestAccounts.MEMBER);
        navigate("calls/" + fixture.callId);
        DocumentsPanel panel = _get(DocumentsPanel.class);
        assertThat(panel.uploadArea.upload.isAttached()).isFalse();
        assertThat(text(panel.list)).contains("modèle.txt");
        assertThat(_find(panel.list, com.vaadin.flow.component.button.Button.class))
                .isEmpty();
    }

    @Test
    void thePanelStopsListeningWhenItLeavesThePage() {
        spacePanel(TestAccounts.MEMBER);
        SubjectRef space = SubjectRef.space(fixture.spaceId);
        assertThat(changes.listenerCount(space)).isEqualTo(1);
        navigate("");
        assertThat(changes.listenerCount(space)).isZero();
    }

    @Test
    void theDocumentPageShowsMetadataLanguageTextAndDownload() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);
        upload(panel, "étude.pdf", TestFiles.pdf("Étude de faisabilité", TestFiles.FRENCH));
        long id = waitUntilRead("étude.pdf");

        navigate("documents/" + id);
        DocumentView view = _get(DocumentView.class);

        assertThat(view.title.getText()).isEqualTo("étude.pdf");
        assertThat(text(view.metadata))
                .contains("Texte disponible")
                .contains("application/pdf")
                .contains("Langue", "Français")
                .contains("Étude de faisabilité")
                .contains("Ubumwe Bruxelles");
        assertThat(view.reader.text.getText()).contains("centre de santé");
        assertThat(view.reader.text.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(view.reader.source.isVisible())
                .as("no OCR notice for a text layer")
                .isFalse();
        assertThat(view.download.getHref()).isEqualTo("files/documents/" + id);
        assertThat(view.download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void aLongTextIsReadAPageAtATime() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);
        upload(panel, "rapport.txt", TestFiles.text((TestFiles.FRENCH + "\n").repeat(120)));
        long id = waitUntilRead("rapport.txt");

        navigate("documents/" + id);
        DocumentTextReader reader = _get(DocumentView.class).reader;
        assertThat(reader.position.getText()).isEqualTo("Page 1 sur 2");
        assertThat(reader.previous.isEnabled()).isFalse();
        _click(reader.next);
        assertThat(reader.position.getText()).isEqualTo("Page 2 sur 2");
        assertThat(reader.text.getText()).contains("diaspora");
        assertThat(reader.next.isEnabled()).isFalse();
    }

    @Test
    void aDocumentOneMayNotSeeIsNotFound() {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] bytes = TestFiles.text(TestFiles.ENGLISH);
        long id = uploads.upload(
                        SubjectRef.proposal(fixture.proposalId),
                        "",
                        "budget.txt",
                        bytes.length,
                        new ByteArrayInputStream(bytes))
                .document()
                .id();
        TestAccounts.signOut();

        signIn(TestAccounts.OUTSIDER);
        navigate("documents/" + id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
        navigate("documents/not-a-number");
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void aDeletionIsConfirmedFirst() {
        DocumentsPanel panel = spacePanel(TestAccounts.MEMBER);
        upload(panel, "brouillon.txt", TestFiles.text(TestFiles.FRENCH));
        _click(_get(panel.list, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Supprimer")));
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(dialog.getHeaderTitle()).contains("brouillon.txt");
        List<com.vaadin.flow.component.button.Button> delete =
                _find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Supprimer"));
        _click(delete.getLast()); // the dialog's, opened last
        assertThat(notifications()).contains("« brouillon.txt » supprimé.");
        assertThat(panel.empty.isVisible()).isTrue();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(documents.list(SubjectRef.space(fixture.spaceId))).isEmpty();
    }
}
