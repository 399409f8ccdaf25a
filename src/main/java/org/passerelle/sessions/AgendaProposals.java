package org.passerelle.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.base.InvalidInputException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalFilter;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalRow;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.sessions.domain.AgendaEntry;
import org.passerelle.sessions.domain.CoCreationSession;
import org.springframework.stereotype.Component;

/** The proposals an agenda may link to, and the agenda as one reader sees it (links they may not follow left out). */
@Component
class AgendaProposals {

    private final ProposalService proposals;
    private final CallService calls;

    AgendaProposals(ProposalService proposals, CallService calls) {
        this.proposals = proposals;
        this.calls = calls;
    }

    /**
     * The proposals of the space that the person may see, by id. Asked through the calls and proposals
     * services' lists (never by catching a refusal, which would spoil the caller's transaction).
     */
    Map<Long, ProposalChoice> linkable(long spaceId) {
        Map<Long, ProposalChoice> found = new LinkedHashMap<>();
        for (CallSummary call : calls.visibleCalls()) {
            if (call.spaceId() != spaceId) {
                continue;
            }
            for (ProposalRow proposal : proposals.ofCall(
                    call.id(), ProposalFilter.ANY, ProposalOrder.TITLE_ASCENDING, 0, ProposalService.MAX_PAGE)) {
                if (proposal.state() != ProposalState.WITHDRAWN) {
                    String title = proposal.title();
                    found.put(
                            proposal.id(),
                            new ProposalChoice(proposal.id(), title == null ? "#" + proposal.id() : title));
                }
            }
        }
        return found;
    }

    /** Refuses a link to a proposal that the person may not see or that belongs to another space. */
    void checkLinkable(long spaceId, List<AgendaItem> agenda) {
        if (agenda.stream().allMatch(item -> item.proposalId() == null)) {
            return;
        }
        Map<Long, ProposalChoice> allowed = linkable(spaceId);
        for (AgendaItem item : agenda) {
            if (item.proposalId() != null && !allowed.containsKey(item.proposalId())) {
                throw new InvalidInputException("agenda", "sessions.error.proposal-not-in-space");
            }
        }
    }

    /** The agenda with the proposals the reader may see; a link to one they may not see is left out. */
    List<AgendaLine> lines(CoCreationSession session) {
        List<AgendaEntry> entries = session.getAgenda();
        Map<Long, ProposalChoice> readable =
                entries.stream().anyMatch(e -> e.getProposalId() != null) ? linkable(session.getSpaceId()) : Map.of();
        List<AgendaLine> lines = new ArrayList<>();
        for (AgendaEntry entry : entries) {
            ProposalChoice proposal = entry.getProposalId() == null ? null : readable.get(entry.getProposalId());
            lines.add(new AgendaLine(
                    entry.getTitle(),
                    entry.getDurationMinutes(),
                    proposal == null ? null : proposal.id(),
                    proposal == null ? null : proposal.title()));
        }
        return List.copyOf(lines);
    }
}
