package org.passerelle.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One "Download my data" request: REQUESTED, RUNNING (progress in %), READY until it expires, or FAILED. */
@Entity
@Table(name = "personal_data_export")
public class DataExport {

    public static final String REQUESTED = "REQUESTED";
    public static final String RUNNING = "RUNNING";
    public static final String READY = "READY";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(nullable = false)
    private int progress;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "failure_key", length = 80)
    private String failureKey;

    protected DataExport() {}

    public DataExport(long accountId, Instant now) {
        this.accountId = accountId;
        this.state = REQUESTED;
        this.requestedAt = now;
    }

    public void started(Instant now) {
        state = RUNNING;
        startedAt = now;
        progress = 0;
    }

    public void progressed(int percent) {
        progress = percent;
    }

    public void ready(String file, long size, Instant now, Instant expires) {
        state = READY;
        progress = 100;
        fileName = file;
        sizeBytes = size;
        finishedAt = now;
        expiresAt = expires;
    }

    public void failed(String key, Instant now, Instant expires) {
        state = FAILED;
        failureKey = key;
        finishedAt = now;
        expiresAt = expires;
        fileName = null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getState() {
        return state;
    }

    public int getProgress() {
        return progress;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getFailureKey() {
        return failureKey;
    }
}
