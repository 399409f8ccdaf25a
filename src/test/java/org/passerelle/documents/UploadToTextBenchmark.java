package org.passerelle.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark, not part of the test suite (run it with {@code ./mvnw -Pbench test}): upload-to-readable-text time
 * of a 5 MB PDF (15 pages of French text and a photo) through the whole pipeline: upload checks, content store,
 * database, job queue, isolated extraction, text pages. One warm-up, then nine measured runs; the figures are
 * printed (grep {@code UPLOAD-TO-TEXT}), the target being a median under 3 s.
 */
@H2Test
class UploadToTextBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentUploads uploads;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aFiveMegabytePdfBecomesReadableText() {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        SubjectRef space = SubjectRef.space(new DocumentsFixture(context, accounts).spaceId);
        accounts.signIn(TestAccounts.MEMBER);
        String text = (TestFiles.FRENCH + " ").repeat(250);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run <= 9; run++) {
            byte[] pdf = TestFiles.pdfPages("Rapport " + run, text, 5_000_000);
            long start = System.nanoTime();
            UploadResult result =
                    uploads.upload(space, "", "rapport-" + run + ".pdf", pdf.length, new ByteArrayInputStream(pdf));
            long stored = System.nanoTime();
            long id = result.document().id();
            DocumentsFixture.await(
                    "the report is read", () -> documents.get(id).state().finished());
            long readable = System.nanoTime();
            DocumentSummary read = documents.get(id);
            assertThat(read.state()).isEqualTo(ExtractionState.DONE);
            assertThat(read.language()).isEqualTo("fr");
            System.out.printf(
                    "UPLOAD-TO-TEXT %s: %.1f MB, %d pages, received+checked+stored %d ms, readable after %d ms%n",
                    run == 0 ? "warm-up" : "run " + run,
                    pdf.length / 1e6,
                    read.pages(),
                    (stored - start) / 1_000_000,
                    (readable - start) / 1_000_000);
            if (run > 0) {
                millis.add((readable - start) / 1_000_000);
            }
        }
        millis.sort(Long::compare);
        System.out.printf(
                "UPLOAD-TO-TEXT median %d ms, max %d ms over %d runs%n",
                millis.get(millis.size() / 2), millis.getLast(), millis.size());
    }
}
