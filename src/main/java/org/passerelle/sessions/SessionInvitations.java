package org.passerelle.sessions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.proposals.ProposalRow;
import org.passerelle.proposals.ProposalService;
import org.passerelle.security.CurrentUser;
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
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SessionInvitations(ProposalService proposals, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The title of the reader's proposal on the agenda when they co-author one, else {@code null}. */
    String invitedFor(CoCreationSession session) {
        Set<Long> onAgenda = proposalIds(session.getAgenda());
        if (onAgenda.isEmpty()) {
            return null;
        }
        long me = currentUser.require().accountId();
        Map<Long, ProposalRow> mine = proposals.mine().stream()
                .filter(row -> onAgenda.contains(row.id()))
                .collect(Collectors.toMap(ProposalRow::id, Function.identity(), (a, b) -> a));
        // "mine" also lists the proposals of the reader's associations: only co-authors are invited
        for (Long id : onAgenda) {
            ProposalRow row = mine.get(id);
            if (row != null && proposals.get(id).authorIds().contains(me)) {
                return row.title() == null ? "#" + id : row.title();
            }
        }
        return null;
    }

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
