package org.passerelle.proposals;

import java.time.LocalDate;
import java.util.List;

/** Milestones not done yet (Empower follow-up) of the person's accepted proposals: a count and the first few. */
public record MilestoneItems(long count, List<Item> top) {

    public MilestoneItems {
        top = List.copyOf(top);
    }

    public record Item(long proposalId, String proposalTitle, String title, LocalDate dueOn) {}
}
