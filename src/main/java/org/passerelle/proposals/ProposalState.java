package org.passerelle.proposals;

import org.passerelle.base.Stage;

/** The states of DESIGN.md section 2, each in its 3E stage. */
public enum ProposalState {
    DRAFT(Stage.ENABLE),
    SUBMITTED(Stage.ENGAGE),
    IN_REVIEW(Stage.ENGAGE),
    VOTING(Stage.ENGAGE),
    REVISION_REQUESTED(Stage.ENGAGE),
    DECLINED(Stage.ENGAGE),
    WITHDRAWN(Stage.ENGAGE),
    ACCEPTED(Stage.EMPOWER),
    IN_IMPLEMENTATION(Stage.EMPOWER),
    COMPLETED(Stage.EMPOWER);

    private final Stage stage;

    ProposalState(Stage stage) {
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the board sees the proposal (only the frozen submitted version, never a draft). */
    public boolean visibleToReviewers() {
        return this != DRAFT && this != WITHDRAWN;
    }

    public String messageKey() {
        return "proposals.state." + name();
    }
}
