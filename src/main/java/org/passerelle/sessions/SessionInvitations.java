package org.passerelle.sessions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.proposals.ProposalService;
import org.passerelle.sessions.SessionEvents.SessionAuthorsInvited;
import org.passerelle.sessions.domain.AgendaEntry;
import org.passerelle.sessions.domain.CoCreationSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The authors of a proposal on a session's agenda are invited to it, members of the space or not: they may
 * see the session's page and register. Asked of the proposals module's public lists (never by catching a
 * refusal, which would spoil the caller's transaction).
 */
@Component
class SessionInvitations {

    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final RoundTripMemo memo;

    SessionInvitations(ProposalService proposals, ApplicationEventPublisher events, RoundTripMemo memo) {
        this.proposals = proposals;
        this.events = events;
        this.memo = memo;
    }

    /** The title of the reader's proposal on the agenda when they co-author one, else {@code null}. */
    String invitedFor(CoCreationSession session) {
        Set<Long> onAgenda = proposalIds(session.getAgenda());
        if (onAgenda.isEmpty()) {
            return null;
        }
        Set<Long> mine = coAuthored();
        for (Long id : onAgenda) {
            if (mine.contains(id)) {
                String title = proposals.get(id).content().title();
                return title == null || title.isBlank() ? "#" + id : title;
            }
        }
        return null;
    }

    /** The proposals the signed-in person co-authors, asked once per round-trip of a page or list. */
    Set<Long> coAuthored() {
        return memo.remember(CoAuthored.class, proposals::coAuthored);
    }

    private record CoAuthored() {}

    /**
     * Tells the authors of the proposals newly put on the agenda that they are invited (asked by the
     * facilitator, who may see every proposal they link: see {@code AgendaProposals.checkLinkable}).
     */
    void inviteNewAuthors(CoCreationSession session, List<AgendaEntry> before) {
        Set<Long> added = proposalIds(session.getAgenda());
        added.removeAll(proposalIds(before));
        for (Long proposalId : added) {
            List<Long> authors = proposals.get(proposalId).authorIds();
            if (!authors.isEmpty()) {
                events.publishEvent(new SessionAuthorsInvited(
                        session.getId(), session.getSpaceId(), proposalId, List.copyOf(authors)));
            }
        }
    }

    private static Set<Long> proposalIds(List<AgendaEntry> agenda) {
        return agenda.stream()
                .map(AgendaEntry::getProposalId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
