package org.passerelle.accounts;

import java.time.Instant;

/**
 * A person's latest "Download my data": its state (REQUESTED, RUNNING, READY, FAILED), progress in percent, when
 * its link stops working, and why it failed (a message key).
 */
public record MyDataStatus(long id, String state, int progress, Instant expiresAt, Long sizeBytes, String failureKey) {

    public boolean ready() {
        return "READY".equals(state);
    }

    public boolean inProgress() {
        return "REQUESTED".equals(state) || "RUNNING".equals(state);
    }
}
