package org.passerelle.proposals;

import java.time.Instant;
import java.util.List;

/**
 * A saved version in the history: number, author, time and the sections it changed.
 *
 * @param autosaved whether it holds an editing session's autosaves rather than an explicit save
 */
public record ProposalVersionInfo(
        int number,
        long authorId,
        Instant createdAt,
        List<Section> changedSections,
        boolean submitted,
        boolean autosaved) {}
