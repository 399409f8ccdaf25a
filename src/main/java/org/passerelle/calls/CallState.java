package org.passerelle.calls;

import java.util.Set;

/** The life of a call; each state says which states may follow. */
public enum CallState {
    DRAFT,
    OPEN,
    CLOSED,
    DECIDED;

    /** The transitions staff may make: draft → open → closed → decided, and closed → open to reopen. */
    public Set<CallState> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN);
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of(OPEN, DECIDED);
            case DECIDED -> Set.of();
        };
    }

    public String messageKey() {
        return "calls.state." + name();
    }
}
