package org.passerelle.notifications;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.passerelle.base.Access.Right;
import org.passerelle.notifications.domain.OutboxEntry;
import org.passerelle.proposals.ProposalService;
import org.passerelle.security.Role;
import org.passerelle.security.RunAs;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotQueries;
import org.springframework.stereotype.Component;

/**
 * Who may be concerned by an event, asked of the modules that know (a ballot's electors, a proposal's
 * association, a space's members…). A first, generous list: the dispatcher then keeps only those who may see
 * the subject ({@link #gate}), asked of the access contract as each of them.
 */
@Component
class Audiences {

    private final BallotQueries ballots;
    private final ProposalService proposals;
    private final SpaceMembershipService spaces;
    private final RegistrationService registrations;
    private final RunAs runAs;

    Audiences(
            BallotQueries ballots,
            ProposalService proposals,
            SpaceMembershipService spaces,
            RegistrationService registrations,
            RunAs runAs) {
        this.ballots = ballots;
        this.proposals = proposals;
        this.spaces = spaces;
        this.registrations = registrations;
        this.runAs = runAs;
    }

    /** The candidates, in a stable order; the people the event names itself when it names any. */
    Set<Long> of(OutboxEntry event) {
        Set<Long> people = new LinkedHashSet<>();
        if (event.getRecipients() != null && !event.getRecipients().isBlank()) {
            Arrays.stream(event.getRecipients().split(","))
                    .map(String::trim)
                    .map(Long::valueOf)
                    .forEach(people::add);
            return people;
        }
        long id = event.subject().id();
        switch (event.getTopic()) {
            case BALLOT_OPENED, BALLOT_CLOSED, BALLOT_CLOSING -> people.addAll(ballots.electorIds(id));
            case REVIEW_QUESTION_ASKED, REVISION_REQUESTED, PROPOSAL_DECIDED, PROPOSAL_MOVED ->
                people.addAll(proposals.concernedPeople(id));
            case PROPOSAL_SUBMITTED -> {
                spaces.memberRoles(event.getSpaceId()).forEach((person, role) -> {
                    if (role == SpaceRole.BOARD_MEMBER || role == SpaceRole.FACILITATOR) {
                        people.add(person);
                    }
                });
                people.addAll(runAs.enabledWithRole(Role.STAFF));
            }
            case MESSAGE_REPORTED -> {
                spaces.memberRoles(event.getSpaceId()).forEach((person, role) -> {
                    if (role == SpaceRole.FACILITATOR) {
                        people.add(person);
                    }
                });
                people.addAll(runAs.enabledWithRole(Role.STAFF));
            }
            case SESSION_SCHEDULED ->
                people.addAll(spaces.memberRoles(event.getSpaceId()).keySet());
            case SESSION_CHANGED, SESSION_CANCELLED -> people.addAll(registrations.registrantIds(id));
            default -> {
                // the other topics always name their people
            }
        }
        return people;
    }

    /**
     * What a person must be allowed to do with the subject to be told: see it, read its thread for a mention or
     * a reply, moderate the thread for a report. An invitation is addressed to someone who may not see the
     * space or association yet: it only links to their invitations.
     */
    static Right gate(Topic topic) {
        return switch (topic) {
            case MENTIONED, REPLIED -> Right.READ_THREAD;
            case MESSAGE_REPORTED -> Right.MODERATE;
            case SPACE_INVITATION, ASSOCIATION_INVITATION -> null;
            default -> Right.SEE;
        };
    }
}
