package org.passerelle.voting;

/** Where a ballot stands; a ballot whose closing time has passed is closed even before the job runs. */
public enum BallotState {
    SCHEDULED,
    OPEN,
    CLOSED,
    DECIDED;

    public String messageKey() {
        return "voting.state." + name();
    }
}
