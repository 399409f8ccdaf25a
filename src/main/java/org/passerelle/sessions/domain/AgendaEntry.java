package org.passerelle.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class AgendaEntry {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "proposal_id")
    private Long proposalId;

    protected AgendaEntry() {}

    public AgendaEntry(String title, int durationMinutes, Long proposalId) {
        this.title = title;
        this.durationMinutes = durationMinutes;
        this.proposalId = proposalId;
    }

    public String getTitle() {
        return title;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Long getProposalId() {
        return proposalId;
    }
}
