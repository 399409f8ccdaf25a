package org.passerelle.documents;

import java.util.Optional;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.springframework.stereotype.Component;

/**
 * A proposal's supporting documents: whoever may read the proposal reads them; its co-authors upload and delete
 * while they may edit it. They count against the association's quota.
 */
@Component
class ProposalDocumentOwners implements DocumentOwners {

    private final ProposalService proposals;

    ProposalDocumentOwners(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public OwnerType type() {
        return OwnerType.PROPOSAL;
    }

    @Override
    public boolean maySee(long proposalId) {
        return proposal(proposalId).isPresent();
    }

    @Override
    public boolean mayUpload(long proposalId) {
        return proposal(proposalId).map(ProposalView::mayEdit).orElse(false);
    }

    @Override
    public boolean mayDelete(long proposalId) {
        return mayUpload(proposalId);
    }

    @Override
    public Long associationIdForQuota(long proposalId) {
        return proposal(proposalId).map(ProposalView::associationId).orElse(null);
    }

    @Override
    public Long spaceId(long proposalId) {
        return proposal(proposalId).map(ProposalView::spaceId).orElse(null);
    }

    private Optional<ProposalView> proposal(long proposalId) {
        try {
            return Optional.of(proposals.get(proposalId));
        } catch (ProposalNotFoundException hidden) {
            return Optional.empty();
        }
    }
}
