package org.passerelle.voting;

import java.time.Instant;
import java.util.List;

/**
 * What staff choose when opening a ballot; fixed once it opens.
 *
 * @param electorate the chosen board members, or empty for every board member of the space
 * @param opensAt when voting starts ({@code null}: now); stored in UTC, shown in Brussels time
 * @param quorumPercent the share of the electorate (recused members left out) that must take part, 0–100
 * @param threshold for decisions only
 * @param resultsLive whether results show while voting; never for a secret ballot
 */
public record BallotSettings(
        BallotKind kind,
        boolean reasonRequiredForNo,
        List<Long> electorate,
        Instant opensAt,
        Instant closesAt,
        Integer quorumPercent,
        Threshold threshold,
        boolean secret,
        boolean resultsLive) {}
