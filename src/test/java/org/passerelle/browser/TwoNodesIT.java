package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.PostgresDatabase;
import org.passerelle.documents.TestFiles;
import org.passerelle.extraction.TestDocuments;

/**
 * Two application nodes on one PostgreSQL database and one document directory, each the packaged jar as a deployer
 * starts it (the {@code postgres} profile): a post written on node A appears live in a browser on node B; a ballot
 * whose time has come is closed once, and its reminder sent once, although both nodes sweep; a document uploaded on
 * A is read and opened on B; when node A is killed (kill -9) in the middle of reading a scanned document, node B
 * finishes the job. The database is the machine's server when {@code PASSERELLE_TEST_POSTGRES_URL} names
 * it (CI), else an embedded PostgreSQL.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String PASSWORD = "Passerelle-demo-2026";
    private static String url;
    private static PackagedApp nodeA;
    private static PackagedApp nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        url = PostgresDatabase.jdbcUrl();
        Path shared = Files.createTempDirectory("passerelle-two-nodes").resolve("documents");
        nodeA = PackagedApp.startAnother(arguments(shared, true));
        nodeB = PackagedApp.startAnother(arguments(shared, false)); // the demo data is there already
    }

    private static List<String> arguments(Path documents, boolean demoData) {
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--passerelle.accounts.demo-data=" + demoData,
                "--passerelle.documents.storage-dir=" + documents,
                "--server.forward-headers-strategy=none",
                "--passerelle.voting.sweep-interval=PT2S",
                // a claim on an extraction job lapses after 20 s here (3 min by default), swept every 2 s
                "--passerelle.documents.extraction-lease=PT20S",
                "--passerelle.documents.extraction-sweep=PT2S");
    }

    @AfterAll
    static void stopNodes() {
        for (PackagedApp node : new PackagedApp[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void aPostOnOneNodeAppearsLiveInABrowserOnTheOther() throws Exception {
        String message = "Écrit sur le nœud A " + System.nanoTime();
        try (Browser fatima = Browser.open(nodeA);
                Browser grace = Browser.open(nodeB)) {
            grace.signIn("board@passerelle.demo", PASSWORD); // English, board member of the space, on node B
            grace.waitForText("Grace Uwimana");
            grace.openMenu("Spaces");
            grace.clickLinkLabelled("Rwanda — health and TVET");
            grace.waitForText("Discussion");
            fatima.signIn("member@passerelle.demo", PASSWORD); // French, on node A
            fatima.waitForText("Bienvenue, Fatima El Amrani");
            fatima.openMenu("Espaces");
            fatima.clickLinkLabelled("Rwanda — santé et EFTP");
            fatima.waitForText("Discussion");

            fatima.type("Message", message);
            fatima.clickButton("Envoyer");
            fatima.waitForText(message);
            grace.waitForText(message); // pushed by node B, told by node A through PostgreSQL
        }
    }

    @Test
    void aBallotClosesOnceAndItsReminderIsSentOnceThoughBothNodesSweep() throws Exception {
        long ballot;
        try (Connection db = connect()) {
            ballot = single(db, "select min(id) from ballot where closed_at is null");
            // due for its 24-hour reminder: both nodes' sweeps (every 2 s) see it
            update(
                    db,
                    "update ballot set closes_at = now() + interval '3 hours', reminder_sent = false where id = ?",
                    ballot);
            awaitTrue(db, "select count(*) from ballot where id = ? and reminder_sent", ballot);
            // then its time has come
            update(db, "update ballot set closes_at = now() - interval '1 second' where id = ?", ballot);
            awaitTrue(db, "select count(*) from ballot where id = ? and closed_at is not null", ballot);
            Thread.sleep(6_000); // three more sweeps of each node
            assertThat(single(
                            db,
                            "select count(*) from audit_entry where action = 'ballot.closed' and object_id = ?",
                            ballot))
                    .as("closed once")
                    .isEqualTo(1);
            assertThat(duplicates(db, "BALLOT_CLOSING", ballot))
                    .as("one reminder per elector")
                    .isEmpty();
            assertThat(duplicates(db, "BALLOT_CLOSED", ballot))
                    .as("one result per person")
                    .isEmpty();
            assertThat(single(
                            db,
                            "select count(*) from notification where topic = 'BALLOT_CLOSED' and subject_id = ?",
                            ballot))
                    .as("the result was told")
                    .isPositive();
        }
    }

    @Test
    void aDocumentUploadedOnOneNodeIsReadAndOpenedOnTheOther() throws Exception {
        Path folder = Files.createTempDirectory("passerelle-two-nodes");
        Path pdf = Files.write(
                folder.resolve("rapport-deux-noeuds.pdf"), TestFiles.pdf("Rapport de santé", TestFiles.FRENCH));
        String title = "Dispensaire de Huye " + System.nanoTime();
        try (Browser onA = Browser.open(nodeA);
                Browser onB = Browser.open(nodeB)) {
            onA.signIn("member@passerelle.demo", PASSWORD); // Fatima, on node A
            onA.waitForText("Bienvenue, Fatima El Amrani");
            onA.openMenu("Mes propositions");
            onA.clickButton("Nouvelle proposition");
            onA.pick("Appel", "Centres", "Centres de santé et formation professionnelle 2027");
            onA.pick("Au nom de l'association", "Amicale", "Amicale des Maliens du Luxembourg");
            onA.type("Titre", title);
            onA.clickButton("Commencer le brouillon");
            onA.waitForText("Encore vide : Résumé");
            onA.upload(pdf);
            onA.waitForText("Texte disponible", 1, Duration.ofSeconds(120));

            onB.signIn("member@passerelle.demo", PASSWORD); // Fatima again, on node B
            onB.waitForText("Bienvenue, Fatima El Amrani");
            onB.openMenu("Mes propositions");
            onB.clickGridRow(title);
            onB.clickLink("rapport-deux-noeuds.pdf");
            onB.waitForText("centre de santé dans la province du Sud");
            assertThat(onB.currentPath()).matches("/documents/\\d+");
        }
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // node A is gone afterwards
    void whenANodeDiesInTheMiddleOfReadingADocumentTheOtherFinishesIt() throws Exception {
        TestDocuments.requireTesseract();
        Path folder = Files.createTempDirectory("passerelle-two-nodes");
        String name = "lettre-scannee-" + System.nanoTime() + ".pdf";
        Path scan = TestDocuments.scannedPdf(
                folder,
                name,
                List.of(
                        TestDocuments.photoOfText(List.of("Lettre de soutien", "La commune de Nyaruguru soutient")),
                        TestDocuments.photoOfText(List.of("le projet de centre de sante", "de l'association")),
                        TestDocuments.photoOfText(List.of("Fait a Nyaruguru", "le maire"))));
        try (Browser onA = Browser.open(nodeA);
                Connection db = connect()) {
            onA.signIn("member@passerelle.demo", PASSWORD);
            onA.waitForText("Bienvenue, Fatima El Amrani");
            onA.openMenu("Mes propositions");
            onA.clickButton("Nouvelle proposition");
            onA.pick("Appel", "Centres", "Centres de santé et formation professionnelle 2027");
            onA.pick("Au nom de l'association", "Amicale", "Amicale des Maliens du Luxembourg");
            onA.type("Titre", "Lettre de la commune " + System.nanoTime());
            onA.clickButton("Commencer le brouillon");
            onA.waitForText("Encore vide : Résumé");
            onA.upload(scan);
            Instant deadline = Instant.now().plusSeconds(60);
            while (!"EXTRACTING".equals(state(db, name))) {
                assertThat(Instant.now()).as("node A starts reading " + name).isBefore(deadline);
                Thread.sleep(20);
            }
            nodeA.kill();
        }
        Instant deadline = Instant.now().plusSeconds(180);
        while (!"DONE".equals(state(db(), name))) {
            assertThat(Instant.now())
                    .as("node B finishes the job node A left (state " + state(db(), name) + ")")
                    .isBefore(deadline);
            Thread.sleep(500);
        }
        try (Connection db = connect()) {
            assertThat(single(
                            db,
                            "select count(distinct d.id) from document d join document_text t on t.document_id = d.id"
                                    + " join document_text_page p on p.text_id = t.id"
                                    + " where d.name = ? and lower(p.content) like '%nyaruguru%'",
                            name))
                    .as("its text, read by OCR on node B")
                    .isEqualTo(1);
        }
    }

    private static Connection db;

    private static Connection db() throws SQLException {
        if (db == null || db.isClosed()) {
            db = connect();
        }
        return db;
    }

    private static String state(Connection db, String name) throws SQLException {
        try (PreparedStatement statement =
                db.prepareStatement("select extraction_state from document where name = ? order by id desc")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static long single(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static void awaitTrue(Connection db, String countSql, long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (single(db, countSql, id) == 0) {
            assertThat(Instant.now()).as("until " + countSql).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    /** The people told twice of the same thing. */
    private static List<Long> duplicates(Connection db, String topic, long ballot) throws SQLException {
        List<Long> twice = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("select recipient_id from notification"
                + " where topic = ? and subject_id = ? group by recipient_id having count(*) > 1")) {
            statement.setString(1, topic);
            statement.setLong(2, ballot);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    twice.add(rows.getLong(1));
                }
            }
        }
        return twice;
    }
}
