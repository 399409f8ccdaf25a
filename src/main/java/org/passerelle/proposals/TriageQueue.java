package org.passerelle.proposals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.proposals.domain.TriageListing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals waiting for staff (submitted, to triage; in review, to put to the vote), oldest submission first,
 * with their call, association and waiting time: one query for the rows, one bulk look-up for the names, whatever
 * the number of rows.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class TriageQueue {

    private static final List<ProposalState> WAITING = List.of(ProposalState.SUBMITTED, ProposalState.IN_REVIEW);
    private final TriageListing listing;
    private final SubjectAccess subjects;
    private final Clock clock;

    TriageQueue(TriageListing listing, SubjectAccess subjects, Clock clock) {
        this.listing = listing;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** The rows, the call titles in the reader's language. */
    public List<TriageRow> waiting(Locale reader) {
        List<TriageListing.Waiting> rows = listing.inStates(WAITING, ProposalService.MAX_PAGE);
        List<SubjectRef> named = new ArrayList<>();
        rows.forEach(row -> {
            named.add(SubjectRef.call(row.callId()));
            named.add(SubjectRef.association(row.associationId()));
        });
        Map<SubjectRef, String> names = subjects.titles(named, reader);
        Instant now = clock.instant();
        return rows.stream()
                .map(row -> new TriageRow(
                        row.id(),
                        row.title(),
                        row.state(),
                        row.callId(),
                        names.get(SubjectRef.call(row.callId())),
                        row.associationId(),
                        names.get(SubjectRef.association(row.associationId())),
                        row.submittedAt(),
                        Math.max(0, Duration.between(row.submittedAt(), now).toDays())))
                .toList();
    }
}
