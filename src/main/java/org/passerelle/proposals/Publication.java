package org.passerelle.proposals;

import java.time.Instant;

/**
 * Whether a proposal is on the public outcomes page, as its page shows it to one reader.
 *
 * @param published on the page now
 * @param summaryEn the public summary in English, or {@code null}
 * @param summaryFr the public summary in French, or {@code null}
 * @param agreedBy the co-author who agreed last, or {@code null} when nobody ever did
 * @param agreedAt when
 * @param withdrawnBy the co-author who withdrew the agreement, or {@code null} while it stands
 * @param withdrawnAt when
 * @param publishable the proposal's state allows it (accepted or later, see {@link ProposalLifecycle#publishable})
 * @param mayChange this reader may agree or withdraw (one of its co-authors)
 */
public record Publication(
        boolean published,
        String summaryEn,
        String summaryFr,
        Long agreedBy,
        Instant agreedAt,
        Long withdrawnBy,
        Instant withdrawnAt,
        boolean publishable,
        boolean mayChange) {}
