package org.passerelle.proposals;

import java.util.Optional;
import org.passerelle.discussions.SubjectResolver;
import org.passerelle.discussions.SubjectType;
import org.passerelle.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Makes submitted proposals discussable in a thread of their space: whoever may read the proposal may read
 * its thread; its authors may post there even when they are not members of the space. Drafts have none.
 */
@Component
class ProposalThreads implements SubjectResolver {

    private final ProposalService proposals;
    private final CurrentUser currentUser;

    ProposalThreads(ProposalService proposals, CurrentUser currentUser) {
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    @Override
    public SubjectType type() {
        return SubjectType.PROPOSAL;
    }

    @Override
    public Optional<Long> discussableIn(long proposalId) {
        try {
            ProposalView proposal = proposals.get(proposalId);
            return proposal.submittedVersion() == null ? Optional.empty() : Optional.of(proposal.spaceId());
        } catch (ProposalNotFoundException hidden) {
            return Optional.empty();
        }
    }

    @Override
    public boolean mayContribute(long proposalId) {
        return currentUser
                .get()
                .map(me -> proposals.get(proposalId).authorIds().contains(me.accountId()))
                .orElse(false);
    }
}
