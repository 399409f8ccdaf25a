package org.passerelle.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.documents.DocumentsFixture.await;
import static org.passerelle.documents.DocumentsFixture.upload;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.documents.DocumentEvents.DocumentChange;
import org.passerelle.documents.DocumentEvents.DocumentTextExtracted;
import org.passerelle.extraction.DocumentMetadata;
import org.passerelle.extraction.ExtractionFailure;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.LanguageShare;
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TextSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Uploads, checks, storage, extraction jobs and access against a real database; H2 and PostgreSQL. */
abstract class DocumentServiceContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentUploads uploads;

    @Autowired
    DocumentChanges changes;

    @Autowired
    ContentStore store;

    @Autowired
    DocumentStorageCheck storageCheck;

    @Autowired
    ExtractionJobs jobs;

    @Autowired
    UnreadableDocuments unreadable;

    @Autowired
    DocumentSearchSource searchSource;

    TestAccounts accounts;
    DocumentsFixture fixture;
    SubjectRef proposal;
    SubjectRef space;
    SubjectRef call;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new DocumentsFixture(context, accounts);
        proposal = SubjectRef.proposal(fixture.proposalId);
        space = SubjectRef.space(fixture.spaceId);
        call = SubjectRef.call(fixture.callId);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    DocumentSummary done(long id) {
        await(
                "document " + id + " is extracted",
                () -> documents.get(id).state().finished());
        return documents.get(id);
    }

    /** A document read by the real worker, ready to take a result that today's worker cannot produce. */
    long uploadedAndRead(SubjectRef owner, String name) {
        long id = upload(uploads, owner, name, TestFiles.pdf(name + " " + System.nanoTime(), TestFiles.FRENCH))
                .document()
                .id();
        assertThat(done(id).state()).isEqualTo(ExtractionState.DONE);
        return id;
    }

    int unreadableEvents(long documentId) {
        return jdbc.queryForObject(
                "select count(*) from notification_event where topic = 'DOCUMENT_UNREADABLE' and subject_id = ?",
                Integer.class,
                documentId);
    }

    int rows() {
        return jdbc.queryForObject("select count(*) from document", Integer.class);
    }

    @Test
    void aFrenchPdfIsStoredThenReadInTheBackground() {
        List<DocumentChange> seen = new CopyOnWriteArrayList<>();
        Runnable unregister = changes.register(proposal, seen::add);
        accounts.signIn(TestAccounts.MEMBER);
        byte[] pdf = TestFiles.pdf("Étude de faisabilité", TestFiles.FRENCH);

        UploadResult result = upload(uploads, proposal, "étude.pdf", pdf);

        assertThat(result.alreadyThere()).isFalse();
        assertThat(result.document().mediaType()).isEqualTo("application/pdf");
        assertThat(result.document().size()).isEqualTo(pdf.length);
        assertThat(result.document().sha256()).hasSize(64);
        assertThat(store.has(result.document().sha256())).isTrue();
        DocumentSummary read = done(result.document().id());
        assertThat(read.state()).isEqualTo(ExtractionState.DONE);
        assertThat(read.language()).isEqualTo("fr");
        assertThat(read.title()).isEqualTo("Étude de faisabilité");
        assertThat(read.author()).isEqualTo("Ubumwe Bruxelles");
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.languages()).containsExactly(new LanguageShare("fr", 100));
        assertThat(read.textSource()).isEqualTo(TextSource.TEXT_LAYER);
        TextPage text = documents.textPage(read.id(), 1).orElseThrow();
        assertThat(text.text()).contains("centre de santé");
        assertThat(text.language()).isEqualTo("fr");
        assertThat(text.textId()).isEqualTo(read.textId());
        await("the text event is seen", () -> seen.stream().anyMatch(DocumentTextExtracted.class::isInstance));
        DocumentTextExtracted extracted = seen.stream()
                .filter(DocumentTextExtracted.class::isInstance)
                .map(DocumentTextExtracted.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(extracted.textId()).isEqualTo(read.textId());
        assertThat(extracted.language()).isEqualTo("fr");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'document.uploaded' and object_id = ?",
                        Integer.class,
                        read.id()))
                .isEqualTo(1);
        unregister.run();
    }

    @Test
    void anEnglishDocxIsReadAsEnglish() {
        accounts.signIn(TestAccounts.MEMBER);
        UploadResult result = upload(uploads, proposal, "letter.docx", TestFiles.docx(TestFiles.ENGLISH));
        assertThat(result.document().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        DocumentSummary read = done(result.document().id());
        assertThat(read.language()).isEqualTo("en");
        assertThat(documents.textPage(read.id(), 1).orElseThrow().text()).contains("Southern Province");
    }

    @Test
    void badFilesAreRefusedWithAClearReasonAndNothingIsKept() {
        accounts.signIn(TestAccounts.MEMBER);
        Map<String, Object[]> refused = Map.of(
                "empty.pdf", new Object[] {new byte[0], "documents.error.empty"},
                "photos.zip", new Object[] {TestFiles.zip(), "documents.error.archive"},
                "invoice.pdf", new Object[] {TestFiles.executable(), "documents.error.type-not-allowed"},
                "letter.pdf", new Object[] {TestFiles.docx(TestFiles.ENGLISH), "documents.error.extension-mismatch"},
                "flood.png",
                        new Object[] {TestFiles.pixelFloodPng(100_000, 100_000), "documents.error.image-too-large"});
        List<String> before = store.storedHashes();
        refused.forEach((name, expected) -> assertThatThrownBy(
                        () -> upload(uploads, proposal, name, (byte[]) expected[0]))
                .as(name)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(expected[1]));
        assertThat(rows()).isZero();
        assertThat(store.temporaryFiles()).isZero();
        assertThat(store.storedHashes()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void theAllowedTypesAreRecognisedFromTheirContent() {
        accounts.signIn(TestAccounts.MEMBER);
        Map<String, Object[]> accepted = new java.util.LinkedHashMap<>();
        accepted.put("rapport.pdf", new Object[] {TestFiles.pdf("R", TestFiles.FRENCH), "application/pdf"});
        accepted.put("lettre.docx", new Object[] {
            TestFiles.docx(TestFiles.FRENCH), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        });
        accepted.put(
                "budget.xlsx",
                new Object[] {TestFiles.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"});
        accepted.put("budget.xls", new Object[] {TestFiles.xls(), "application/vnd.ms-excel"});
        accepted.put("slides.pptx", new Object[] {
            TestFiles.pptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        });
        accepted.put(
                "note.rtf", new Object[] {TestFiles.text("{\\rtf1\\ansi Centre de sant\\'e9}"), "application/rtf"});
        accepted.put("notes.txt", new Object[] {TestFiles.text(TestFiles.FRENCH), "text/plain"});
        accepted.put("budget.csv", new Object[] {TestFiles.text("poste;montant\npanneaux;12000\n"), "text/csv"});
        accepted.put("lisez-moi.md", new Object[] {TestFiles.text("# Projet\n\n" + TestFiles.FRENCH), "text/markdown"});
        accepted.put("agenda.html", new Object[] {TestFiles.htmlWithScript(), "text/html"});
        accepted.put("photo.jpg", new Object[] {TestFiles.jpeg(64, 48), "image/jpeg"});
        accepted.put("photo.png", new Object[] {TestFiles.png(640, 480), "image/png"});
        accepted.forEach((name, expected) -> assertThat(upload(uploads, proposal, name, (byte[]) expected[0])
                        .document()
                        .mediaType())
                .as(name)
                .isEqualTo(expected[1]));
    }

    @Test
    void imagesUnderTheLimitAreAccepted() {
        accounts.signIn(TestAccounts.MEMBER);
        UploadResult result = upload(uploads, proposal, "photo.png", TestFiles.png(640, 480));
        assertThat(result.document().mediaType()).isEqualTo("image/png");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsReadWhole() {
        accounts.signIn(TestAccounts.MEMBER);
        long max = 25L * 1024 * 1024;
        TestFiles.Endless announced = new TestFiles.Endless();
        assertThatThrownBy(() -> uploads.upload(proposal, "", "big.pdf", max + 1, announced))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.too-large");
        assertThat(announced.read).isZero();

        TestFiles.Endless unannounced = new TestFiles.Endless();
        assertThatThrownBy(() -> uploads.upload(proposal, "", "big.pdf", -1, unannounced))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.too-large");
        assertThat(unannounced.read).isGreaterThan(max).isLessThanOrEqualTo(max + 64 * 1024);
        assertThat(store.temporaryFiles()).isZero();
        assertThat(rows()).isZero();
    }

    @Test
    void anUploadCancelledMidwayLeavesNothing() {
        accounts.signIn(TestAccounts.MEMBER);
        List<String> before = store.storedHashes();
        assertThatThrownBy(
                        () -> uploads.upload(proposal, "", "budget.pdf", 1_000_000, new TestFiles.BreaksAfter(300_000)))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.interrupted");
        assertThat(store.temporaryFiles()).isZero();
        assertThat(store.storedHashes()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(rows()).isZero();
    }

    @Test
    void hostileNamesAreMadeHarmless() {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] text = TestFiles.text(TestFiles.ENGLISH);
        String longName = "a".repeat(500) + ".txt";
        List<String> stored = new ArrayList<>();
        for (String name : List.of(
                "../../etc/passwd.txt",
                "..\\..\\windows\\win.ini.txt",
                "bud\u0000get\r\n\u202Etxt.exe.txt",
                longName,
                "...",
                "<script>alert(1)</script>.txt")) {
            stored.add(upload(uploads, proposal, name, text).document().name());
        }
        assertThat(stored.get(0)).isEqualTo("passwd.txt");
        assertThat(stored.get(1)).isEqualTo("win.ini.txt");
        assertThat(stored.get(2)).isEqualTo("budgettxt.exe.txt");
        assertThat(stored.get(3)).hasSize(FileNames.MAX_LENGTH).endsWith(".txt");
        assertThat(stored.get(4)).isEqualTo("document");
        assertThat(stored.get(5)).doesNotContain("<", ">", "/");
        assertThat(stored).allSatisfy(name -> assertThat(name).doesNotContain("/", "\\", "\u0000", "\n"));
    }

    @Test
    void theSameNameMakesANewVersionAndKeepsTheEarlierOnes() {
        accounts.signIn(TestAccounts.MEMBER);
        DocumentSummary first = upload(uploads, proposal, "budget.txt", TestFiles.text("Budget: 25,000 EUR"))
                .document();
        DocumentSummary second = upload(uploads, proposal, "budget.txt", TestFiles.text("Budget: 27,500 EUR"))
                .document();
        UploadResult again = upload(uploads, proposal, "budget.txt", TestFiles.text("Budget: 27,500 EUR"));

        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(again.alreadyThere()).isTrue();
        assertThat(again.document().id()).isEqualTo(second.id());
        assertThat(documents.list(proposal)).extracting(DocumentSummary::id).containsExactly(second.id());
        assertThat(documents.versions(second.id()))
                .extracting(DocumentSummary::versionNo)
                .containsExactly(2, 1);
        assertThat(documents.get(first.id()).current()).isFalse();
    }

    @Test
    void theSameFileUploadedTwiceAtOnceIsStoredOnce() throws Exception {
        byte[] pdf = TestFiles.pdf("Budget", TestFiles.ENGLISH);
        int before = store.storedHashes().size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<UploadResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(two.submit(() -> {
                    accounts.signIn(TestAccounts.MEMBER);
                    start.await();
                    try {
                        return upload(uploads, proposal, "budget.pdf", pdf);
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            start.countDown();
            List<UploadResult> done = new ArrayList<>();
            for (Future<UploadResult> result : results) {
                done.add(result.get());
            }
            assertThat(done)
                    .extracting(r -> r.document().id())
                    .containsOnly(done.get(0).document().id());
            assertThat(done).filteredOn(UploadResult::alreadyThere).hasSize(1);
        } finally {
            two.shutdownNow();
        }
        assertThat(rows()).isEqualTo(1);
        assertThat(store.storedHashes()).hasSizeLessThanOrEqualTo(before + 1);
        assertThat(store.temporaryFiles()).isZero();
    }

    @Test
    void identicalContentUnderTwoNamesIsStoredOnce() {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] text = TestFiles.text(TestFiles.FRENCH + " unique " + System.nanoTime());
        DocumentSummary a = upload(uploads, proposal, "a.txt", text).document();
        DocumentSummary b = upload(uploads, space, "b.txt", text).document();
        assertThat(a.sha256()).isEqualTo(b.sha256());
        assertThat(store.storedHashes()).containsOnlyOnce(a.sha256());
    }

    @Test
    void outsidersFindNothingAndMayDoNothing() {
        accounts.signIn(TestAccounts.MEMBER);
        long id = upload(uploads, proposal, "budget.txt", TestFiles.text(TestFiles.ENGLISH))
                .document()
                .id();
        long spaceDoc = upload(uploads, space, "agenda.txt", TestFiles.text(TestFiles.ENGLISH))
                .document()
                .id();

        accounts.signIn(TestAccounts.OUTSIDER);
        for (SubjectRef owner : List.of(proposal, space, call)) {
            assertThatThrownBy(() -> documents.list(owner)).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> upload(uploads, owner, "x.txt", TestFiles.text("x")))
                    .isInstanceOf(DocumentNotFoundException.class);
        }
        for (long hidden : List.of(id, spaceDoc, 999_999L)) {
            assertThatThrownBy(() -> documents.get(hidden)).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.open(hidden)).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.textPage(hidden, 1)).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.delete(hidden)).isInstanceOf(DocumentNotFoundException.class);
        }
        // a draft proposal is its association's only: the board does not see its documents either
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> documents.get(id)).isInstanceOf(DocumentNotFoundException.class);
        assertThat(documents.get(spaceDoc).name()).isEqualTo("agenda.txt");
    }

    @Test
    void aSessionsFacilitatorsShareItsMaterialWithThoseWhoSeeTheSession() {
        accounts.signIn(TestAccounts.STAFF);
        SubjectRef session = SubjectRef.session(context.getBean(org.passerelle.sessions.SessionService.class)
                .schedule(fixture.spaceId, org.passerelle.sessions.SessionsFixture.tomorrow("Co-creation", 10))
                .id());
        assertThat(uploads.mayUpload(session)).isTrue();
        long slides = upload(uploads, session, "slides.txt", TestFiles.text(TestFiles.FRENCH))
                .document()
                .id();

        accounts.signIn(TestAccounts.MEMBER); // a participant of the space: reads, does not upload
        assertThat(documents.list(session)).extracting(DocumentSummary::name).containsExactly("slides.txt");
        assertThat(uploads.mayUpload(session)).isFalse();
        assertThatThrownBy(() -> upload(uploads, session, "mine.txt", TestFiles.text("x")))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.not-allowed");

        accounts.signIn(TestAccounts.OUTSIDER); // not a member of the private space
        assertThatThrownBy(() -> documents.list(session)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> documents.get(slides)).isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void eachOwnerDecidesWhoUploadsAndDeletes() {
        accounts.signIn(TestAccounts.BOARD);
        assertThat(uploads.mayUpload(call)).isFalse();
        assertThatThrownBy(() -> upload(uploads, call, "x.txt", TestFiles.text("x")))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.not-allowed");
        long boardDoc = upload(uploads, space, "minutes.txt", TestFiles.text(TestFiles.ENGLISH))
                .document()
                .id();

        accounts.signIn(TestAccounts.STAFF);
        long reference = upload(uploads, call, "template.txt", TestFiles.text(TestFiles.FRENCH))
                .document()
                .id();

        accounts.signIn(TestAccounts.MEMBER);
        assertThat(documents.list(call)).extracting(DocumentSummary::id).containsExactly(reference);
        assertThat(documents.list(call).getFirst().mayDelete()).isFalse();
        assertThatThrownBy(() -> documents.delete(boardDoc))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.not-allowed");

        accounts.signIn(TestAccounts.BOARD);
        documents.delete(boardDoc); // their own upload
        assertThat(documents.list(space)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'document.deleted' and object_id = ?",
                        Integer.class,
                        boardDoc))
                .isEqualTo(1);

        accounts.signIn(TestAccounts.STAFF);
        documents.delete(reference);
        assertThat(documents.list(call)).isEmpty();
    }

    @Test
    void anAssociationCannotGoBeyondItsQuota() {
        accounts.signIn(TestAccounts.MEMBER);
        DocumentSummary first = upload(uploads, proposal, "budget.txt", TestFiles.text(TestFiles.ENGLISH))
                .document();
        assertThat(jdbc.queryForObject("select association_id from document where id = ?", Long.class, first.id()))
                .isEqualTo(fixture.associationId);
        // the association's earlier documents now fill its 500 MB but 10 bytes
        jdbc.update("update document set size_bytes = ? where id = ?", 500L * 1024 * 1024 - 10, first.id());

        assertThatThrownBy(() -> upload(uploads, proposal, "more.txt", TestFiles.text("eleven bytes")))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("documents.error.quota");
        assertThat(upload(uploads, proposal, "tiny.txt", TestFiles.text("ten bytes!"))
                        .alreadyThere())
                .isFalse();
        // a space library does not count against an association
        assertThat(upload(uploads, space, "agenda.txt", TestFiles.text(TestFiles.FRENCH))
                        .document()
                        .name())
                .isEqualTo("agenda.txt");
    }

    @Test
    void aSpaceLibraryHasFolders() {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] text = TestFiles.text(TestFiles.ENGLISH);
        uploads.upload(space, "Budgets/../2026", "plan.txt", text.length, new ByteArrayInputStream(text));
        uploads.upload(space, "", "plan.txt", text.length, new ByteArrayInputStream(text));
        assertThat(documents.list(space))
                .extracting(DocumentSummary::folder, DocumentSummary::versionNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", 1),
                        org.assertj.core.groups.Tuple.tuple("Budgets/2026", 1));
    }

    @Test
    void theStartUpCheckRemovesOrphanFilesAndMarksRowsWithoutBytes() throws Exception {
        accounts.signIn(TestAccounts.MEMBER);
        DocumentSummary kept = upload(uploads, proposal, "kept.txt", TestFiles.text("kept " + System.nanoTime()))
                .document();
        DocumentSummary lost = upload(uploads, proposal, "lost.txt", TestFiles.text("lost " + System.nanoTime()))
                .document();
        done(kept.id());
        done(lost.id());
        // a crash after the move but before the insert: bytes without a row
        String orphan = "ab".repeat(32);
        Path orphanFile = store.pathOf(orphan);
        Files.createDirectories(orphanFile.getParent());
        Files.writeString(orphanFile, "orphan");
        Files.setLastModifiedTime(
                orphanFile,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        // bytes just stored by an upload another node is committing now: not a leftover yet
        String arriving = "cd".repeat(32);
        Path arrivingFile = store.pathOf(arriving);
        Files.createDirectories(arrivingFile.getParent());
        Files.writeString(arrivingFile, "arriving");
        // a file lost from the disk: a row without bytes
        store.delete(lost.sha256());

        DocumentStorageCheck.Report report = storageCheck.repair();

        assertThat(report.orphansRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(report.markedDamaged()).isEqualTo(1);
        assertThat(Files.exists(orphanFile)).isFalse();
        assertThat(Files.exists(arrivingFile)).as("younger than an hour: kept").isTrue();
        store.delete(arriving);
        assertThat(store.has(kept.sha256())).isTrue();
        assertThat(documents.get(lost.id()).damaged()).isTrue();
        assertThat(documents.get(kept.id()).damaged()).isFalse();
        assertThatThrownBy(() -> documents.open(lost.id())).isInstanceOf(DocumentNotFoundException.class);
        assertThat(documents.open(kept.id()).path()).exists();
    }

    @Test
    void jobsLeftByAStoppedNodeAreTakenBackOnceTheirClaimHasLapsed() {
        accounts.signIn(TestAccounts.MEMBER);
        DocumentSummary doc = upload(uploads, proposal, "note.txt", TestFiles.text(TestFiles.FRENCH))
                .document();
        done(doc.id());
        // as a node that is still reading it leaves it: EXTRACTING, without text, claimed a moment ago
        jdbc.update("delete from document_text where document_id = ?", doc.id());
        jdbc.update("update document set extraction_state = 'EXTRACTING', language = null where id = ?", doc.id());
        jobs.resume();
        assertThat(documents.get(doc.id()).state())
                .as("another node may be reading it: its claim holds")
                .isEqualTo(ExtractionState.EXTRACTING);

        // as a node that stopped or died in the middle of the job leaves it: claimed longer ago than the lease
        jdbc.update(
                "update document set state_changed_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(10))),
                doc.id());
        assertThat(jobs.resume()).isGreaterThanOrEqualTo(1);

        DocumentSummary resumed = done(doc.id());
        assertThat(resumed.state()).isEqualTo(ExtractionState.DONE);
        assertThat(resumed.language()).isEqualTo("fr");
        assertThat(documents.textPage(doc.id(), 1).orElseThrow().text()).contains("diaspora");
    }

    @Test
    void longTextsAreReadAPageAtATime() {
        assertThat(TextPages.slices("a".repeat(40_000), 16_000)).hasSize(3);
        List<String> words = TextPages.slices("word ".repeat(10_000), 16_000);
        assertThat(String.join("", words)).isEqualTo("word ".repeat(10_000));
        assertThat(words)
                .allSatisfy(slice ->
                        assertThat(slice).hasSizeLessThanOrEqualTo(16_000).endsWith(" "));
        String emoji = "x".repeat(15_999) + "😀" + "y";
        assertThat(String.join("", TextPages.slices(emoji, 16_000))).isEqualTo(emoji);
    }

    @Test
    void anImageWithoutWordsIsAFileWithoutTextNotAnUnreadableOne() {
        accounts.signIn(TestAccounts.MEMBER);
        long id = upload(uploads, proposal, "photo.png", TestFiles.png(640, 480))
                .document()
                .id();

        DocumentSummary read = done(id);

        assertThat(read.state()).isEqualTo(ExtractionState.EMPTY);
        assertThat(read.failureKey())
                .as("the reason is one of the reasons for no text")
                .isIn(java.util.Arrays.stream(NoTextReason.values())
                        .map(NoTextReason::key)
                        .toList());
        assertThat(read.textId()).isNull();
        assertThat(read.language()).isNull();
        assertThat(read.languages()).isEmpty();
        assertThat(read.textSource()).isNull();
        assertThat(documents.textPage(id, 1)).isEmpty();
        assertThat(unreadable.latest(10).top())
                .extracting(UnreadableDocuments.Item::id)
                .doesNotContain(id);
        assertThat(unreadableEvents(id)).isZero();
    }

    @Test
    void aFileWithoutTextKeepsItsReasonAndMetadataAndLosesAnyEarlierText() {
        accounts.signIn(TestAccounts.MEMBER);
        long id = uploadedAndRead(proposal, "scan.pdf");
        assertThat(documents.get(id).textId()).isNotNull();

        ExtractionResults.store(
                context,
                id,
                ExtractionResults.empty(
                        NoTextReason.OCR_NOT_INSTALLED, new DocumentMetadata("Statuts", null, null, 3, null, null)));

        DocumentSummary read = documents.get(id);
        assertThat(read.state()).isEqualTo(ExtractionState.EMPTY);
        assertThat(read.state().finished()).isTrue();
        assertThat(read.failureKey()).isEqualTo(NoTextReason.OCR_NOT_INSTALLED.key());
        assertThat(read.title()).isEqualTo("Statuts");
        assertThat(read.pages()).isEqualTo(3);
        assertThat(read.textId()).as("no text is shown as ready").isNull();
        assertThat(read.language()).isNull();
        assertThat(read.languages()).isEmpty();
        assertThat(documents.textPage(id, 1)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from document_text where document_id = ?", Integer.class, id))
                .isZero();
        // not unreadable: neither on the staff's block nor told to the uploader; the search still finds its name
        assertThat(unreadable.latest(10).top())
                .extracting(UnreadableDocuments.Item::id)
                .doesNotContain(id);
        assertThat(unreadableEvents(id)).isZero();
        assertThat(searchSource.entries(List.of(id)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.text()).contains("scan.pdf", "Statuts"));

        ExtractionResults.store(
                context,
                id,
                new ExtractionResult(
                        Outcome.FAILED,
                        "application/pdf",
                        "",
                        false,
                        null,
                        List.of(),
                        null,
                        ExtractionFailure.DAMAGED.key()));
        assertThat(documents.get(id).state()).isEqualTo(ExtractionState.FAILED);
        assertThat(unreadable.latest(10).top())
                .extracting(UnreadableDocuments.Item::id)
                .contains(id);
        assertThat(unreadableEvents(id)).isEqualTo(1);
    }

    @Test
    void aTextWithoutALetterOrDigitIsNoText() {
        accounts.signIn(TestAccounts.MEMBER);
        long id = uploadedAndRead(proposal, "blank.pdf");

        ExtractionResults.store(
                context,
                id,
                ExtractionResults.pages(TextSource.OCR, List.of("  \n", " . ", "\u0000"), List.of("fr", "fr", "fr")));

        DocumentSummary read = documents.get(id);
        assertThat(read.state()).isEqualTo(ExtractionState.EMPTY);
        assertThat(read.failureKey()).isEqualTo(NoTextReason.NO_TEXT.key());
        assertThat(read.textSource()).isNull();
        assertThat(documents.textPage(id, 1)).isEmpty();
    }

    @Test
    void aScanReadByOcrInTwoLanguagesKeepsItsSourceSharesAndEachPagesLanguage() {
        accounts.signIn(TestAccounts.MEMBER);
        long id = uploadedAndRead(proposal, "lettre.pdf");
        List<DocumentChange> seen = new CopyOnWriteArrayList<>();
        Runnable unregister = changes.register(proposal, seen::add);

        ExtractionResults.store(
                context,
                id,
                ExtractionResults.pages(
                        TextSource.OCR,
                        List.of(
                                ExtractionResults.french(460),
                                ExtractionResults.english(80),
                                ExtractionResults.french(460)),
                        List.of("fr", "en", "fr")));

        DocumentSummary read = documents.get(id);
        assertThat(read.state()).isEqualTo(ExtractionState.DONE);
        assertThat(read.textSource()).isEqualTo(TextSource.OCR);
        assertThat(read.language()).isEqualTo("fr");
        assertThat(read.languages()).containsExactly(new LanguageShare("fr", 92), new LanguageShare("en", 8));
        assertThat(read.pages()).isEqualTo(3);
        assertThat(List.of(1, 2, 3))
                .extracting(page -> documents.textPage(id, page).orElseThrow().language())
                .containsExactly("fr", "en", "fr");
        assertThat(documents.textPage(id, 2).orElseThrow().text()).startsWith("The health centre");
        assertThat(jdbc.queryForList(
                        "select p.language from document_text_page p join document_text t on t.id = p.text_id"
                                + " where t.document_id = ? order by p.page_no",
                        String.class,
                        id))
                .containsExactly("fr", "en", "fr");
        // the search indexes each page in its own language
        assertThat(searchSource.entries(List.of(id)))
                .extracting(org.passerelle.base.SearchEntry::part, org.passerelle.base.SearchEntry::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "fr"),
                        org.assertj.core.groups.Tuple.tuple(2, "en"),
                        org.assertj.core.groups.Tuple.tuple(3, "fr"));
        await("the text event is seen", () -> seen.stream().anyMatch(DocumentTextExtracted.class::isInstance));
        unregister.run();
    }

    @Test
    void aPageWithoutAKnownLanguageTakesTheDocumentsAndMixedSourcesAreKept() {
        accounts.signIn(TestAccounts.MEMBER);
        long id = uploadedAndRead(proposal, "annexe.pdf");

        ExtractionResults.store(
                context,
                id,
                ExtractionResults.pages(
                        TextSource.MIXED,
                        List.of(ExtractionResults.english(500), "12 500 EUR", ExtractionResults.english(400)),
                        List.of("en", ExtractionResult.UNKNOWN_LANGUAGE, "en")));

        DocumentSummary read = documents.get(id);
        assertThat(read.textSource()).isEqualTo(TextSource.MIXED);
        assertThat(read.languages()).as("a single known language").containsExactly(new LanguageShare("en", 100));
        assertThat(List.of(1, 2, 3))
                .extracting(page -> documents.textPage(id, page).orElseThrow().language())
                .as("a page of unknown language reads in the document's")
                .containsExactly("en", "en", "en");
        assertThat(jdbc.queryForList(
                        "select p.language from document_text_page p join document_text t on t.id = p.text_id"
                                + " where t.document_id = ? order by p.page_no",
                        String.class,
                        id))
                .containsExactly("en", null, "en");
    }
}
