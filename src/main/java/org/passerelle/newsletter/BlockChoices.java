package org.passerelle.newsletter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalFilter;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalRow;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionState;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.stereotype.Component;

/**
 * What an issue may show, read through the owning modules' services as the staff member: open calls; accepted,
 * running and completed projects (with their outcomes); sessions that take place, upcoming and past.
 */
@Component
class BlockChoices {

    static final Set<ProposalState> PROJECTS =
            EnumSet.of(ProposalState.ACCEPTED, ProposalState.IN_IMPLEMENTATION, ProposalState.COMPLETED);

    private final CallService calls;
    private final ProposalService proposals;
    private final SessionService sessions;
    private final SpaceService spaces;

    BlockChoices(CallService calls, ProposalService proposals, SessionService sessions, SpaceService spaces) {
        this.calls = calls;
        this.proposals = proposals;
        this.sessions = sessions;
        this.spaces = spaces;
    }

    List<BlockChoice> all(Locale reader) {
        List<BlockChoice> found = new ArrayList<>();
        List<CallSummary> visible = calls.visibleCalls();
        for (CallSummary call : visible) {
            if (call.state() == CallState.OPEN) {
                found.add(new BlockChoice(
                        BlockKind.CALL, call.id(), call.title(reader).text()));
            }
        }
        for (CallSummary call : visible) {
            for (ProposalState state : PROJECTS) {
                for (ProposalRow row : proposals.ofCall(
                        call.id(),
                        new ProposalFilter(state, null, null),
                        ProposalOrder.TITLE_ASCENDING,
                        0,
                        ProposalService.MAX_PAGE)) {
                    found.add(new BlockChoice(BlockKind.PROJECT, row.id(), row.title()));
                }
            }
        }
        for (SpaceSummary space : spaces.visibleSpaces()) {
            for (SessionSummary session : sessions.ofSpace(space.id())) {
                if (session.state() == SessionState.SCHEDULED) {
                    found.add(new BlockChoice(
                            BlockKind.SESSION,
                            session.id(),
                            session.title(reader).text()));
                }
            }
        }
        return found;
    }

    boolean allows(BlockKind kind, long refId) {
        return all(Locale.ENGLISH).stream().anyMatch(choice -> choice.kind() == kind && choice.refId() == refId);
    }
}
