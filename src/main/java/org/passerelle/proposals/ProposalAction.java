package org.passerelle.proposals;

/** What can be done to a proposal's state; see {@link ProposalLifecycle}. */
public enum ProposalAction {
    SUBMIT,
    RESUBMIT,
    WITHDRAW,
    /** Brings a withdrawn proposal back; see {@link ProposalLifecycle#restoredTo}. */
    RESTORE,
    TRIAGE,
    REQUEST_REVISION,
    OPEN_VOTING,
    ACCEPT,
    DECLINE,
    START_IMPLEMENTATION,
    COMPLETE;

    public String messageKey() {
        return "proposals.action." + name();
    }
}
