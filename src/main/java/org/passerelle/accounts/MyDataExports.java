package org.passerelle.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.passerelle.accounts.domain.DataExport;
import org.passerelle.accounts.domain.DataExportRepository;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Download my data" for the signed-in person: asked for, made in the background by {@link MyDataJob}, followed
 * while it runs, then downloaded through a link that works until it expires. Only the person's own export, ever.
 */
@Service
@Transactional
public class MyDataExports {

    private final DataExportRepository exports;
    private final CurrentUser currentUser;
    private final MyDataJob job;
    private final Clock clock;

    MyDataExports(DataExportRepository exports, CurrentUser currentUser, MyDataJob job, Clock clock) {
        this.exports = exports;
        this.currentUser = currentUser;
        this.job = job;
        this.clock = clock;
    }

    /** Asks for a new export (or returns the one still being made). */
    @PreAuthorize("isAuthenticated()")
    public MyDataStatus request() {
        long me = currentUser.require().accountId();
        Optional<DataExport> latest = exports.findFirstByAccountIdOrderByIdDesc(me);
        if (latest.isPresent() && status(latest.get()).inProgress()) {
            return status(latest.get());
        }
        DataExport export = exports.saveAndFlush(new DataExport(me, clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                job.wake();
            }
        });
        return status(export);
    }

    /** The signed-in person's latest export, if any (an expired one is gone). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MyDataStatus> mine() {
        return exports.findFirstByAccountIdOrderByIdDesc(currentUser.require().accountId())
                .filter(e -> e.getExpiresAt() == null || e.getExpiresAt().isAfter(clock.instant()))
                .map(MyDataExports::status);
    }

    /** The bytes of the signed-in person's ready export; refused when it is someone else's, or expired. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InputStream open(long exportId) {
        DataExport export = exports.findById(exportId)
                .filter(e -> e.getAccountId() == currentUser.require().accountId())
                .orElseThrow(() -> new UserFacingException("mydata.error.not-found"));
        if (!DataExport.READY.equals(export.getState())
                || export.getExpiresAt().isBefore(clock.instant())
                || export.getFileName() == null) {
            throw new UserFacingException("mydata.error.expired");
        }
        Path file = job.file(export.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("mydata.error.expired");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the ZIP is downloaded under. */
    public static String downloadName() {
        return "passerelle-my-data.zip";
    }

    static MyDataStatus status(DataExport e) {
        return new MyDataStatus(
                e.getId(), e.getState(), e.getProgress(), e.getExpiresAt(), e.getSizeBytes(), e.getFailureKey());
    }
}
