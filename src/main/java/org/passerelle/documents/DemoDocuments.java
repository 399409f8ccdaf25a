package org.passerelle.documents;

import java.io.IOException;
import java.io.InputStream;
import org.passerelle.base.SubjectRef;
import org.passerelle.security.RunAs;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A demo document whose text cannot be read, so that the staff's "unreadable documents" and Fatima's
 * notification show what happens then: Fatima shares her association's bank statement in the Rwanda space's
 * "Budgets" folder, protected by the bank's password. Only while that space has no document.
 */
@Component
@Order(310)
class DemoDocuments implements ApplicationRunner {

    static final String SPACE = "Rwanda — health and TVET";
    static final String FILE = "releve-bancaire-protege.pdf";

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);
    private final boolean demoData;
    private final SpaceService spaces;
    private final DocumentService documents;
    private final DocumentUploads uploads;
    private final RunAs runAs;

    DemoDocuments(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            SpaceService spaces,
            DocumentService documents,
            DocumentUploads uploads,
            RunAs runAs) {
        this.demoData = demoData;
        this.spaces = spaces;
        this.documents = documents;
        this.uploads = uploads;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        boolean[] shared = {false};
        runAs.run(
                "member@passerelle.demo",
                () -> spaces.visibleSpaces().stream()
                        .filter(space -> SPACE.equals(space.titleEn()))
                        .map(SpaceSummary::id)
                        .map(SubjectRef::space)
                        .findFirst()
                        .filter(space -> documents.list(space).isEmpty() && uploads.mayUpload(space))
                        .ifPresent(space -> shared[0] = share(space)));
        if (shared[0]) {
            log.info("Shared the demo's password-protected bank statement (demo only)");
        }
    }

    private boolean share(SubjectRef space) {
        ClassPathResource file = new ClassPathResource("demo/" + FILE);
        try (InputStream in = file.getInputStream()) {
            uploads.upload(space, "Budgets", FILE, file.contentLength(), in);
            return true;
        } catch (IOException missing) {
            log.warn("The demo document {} could not be read: {}", FILE, missing.toString());
            return false;
        }
    }
}
