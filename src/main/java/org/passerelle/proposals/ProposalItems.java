package org.passerelle.proposals;

import java.time.Instant;
import java.util.List;

/**
 * A count of proposals and the first few of them, as the home page shows them.
 *
 * @param count how many there are in all (the reader may see each)
 * @param top the first ones, in the list's order
 */
public record ProposalItems(long count, List<Item> top) {

    public ProposalItems {
        top = List.copyOf(top);
    }

    /**
     * One proposal of such a list.
     *
     * @param since when it last changed (or, for questions, when the oldest open one was asked)
     * @param detail what the list counts for it: sections still missing for a draft, questions without answer
     */
    public record Item(long id, String title, ProposalState state, Instant since, long detail) {}
}
