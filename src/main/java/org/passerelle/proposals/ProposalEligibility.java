package org.passerelle.proposals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationSummary;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.springframework.stereotype.Component;

/**
 * The one eligibility rule: whether a proposal of this association may go to this call. Starting a draft asks
 * what depends on the association (verified when the call requires it); the readiness checklist and the
 * submission ask everything (the call accepts submissions, the association's limit, the draft's country and
 * sectors), so the checklist never promises what the submission refuses.
 */
@Component
class ProposalEligibility {

    /** Proposals that do not count against the limit per association. */
    static final Set<ProposalState> NOT_COUNTED = EnumSet.of(ProposalState.DRAFT, ProposalState.WITHDRAWN);

    private final CallService calls;
    private final AssociationService associations;
    private final ProposalRepository proposals;

    ProposalEligibility(CallService calls, AssociationService associations, ProposalRepository proposals) {
        this.calls = calls;
        this.associations = associations;
        this.proposals = proposals;
    }

    /** Before a draft starts: the draft may not have a country or sectors yet, the call may open later. */
    List<Ineligibility> toStart(CallSummary call, long associationId) {
        List<Ineligibility> found = new ArrayList<>();
        verification(call, association(associationId)).ifPresent(found::add);
        return found;
    }

    /** Before this proposal is submitted: every rule, the first one is the submission's refusal. */
    List<Ineligibility> toSubmit(Proposal proposal, ProposalContent content) {
        List<Ineligibility> found = new ArrayList<>();
        if (!calls.acceptsSubmissions(proposal.getCallId())) {
            found.add(new Ineligibility("proposals.error.call-closed"));
        }
        CallSummary call = calls.get(proposal.getCallId());
        verification(call, association(proposal.getAssociationId())).ifPresent(found::add);
        if (!call.countries().isEmpty()
                && content.country() != null
                && !content.country().isBlank()
                && !call.countries().contains(content.country())) {
            found.add(new Ineligibility("proposals.error.country-not-eligible"));
        }
        if (!call.sectors().isEmpty()
                && !content.sectors().isEmpty()
                && content.sectors().stream().noneMatch(call.sectors()::contains)) {
            found.add(new Ineligibility("proposals.error.sector-not-eligible"));
        }
        long others = proposals.countActive(proposal.getCallId(), proposal.getAssociationId(), NOT_COUNTED)
                - (NOT_COUNTED.contains(proposal.getState()) ? 0 : 1);
        if (others >= call.form().maxPerAssociation()) {
            found.add(
                    new Ineligibility("proposals.error.max-reached", call.form().maxPerAssociation()));
        }
        return found;
    }

    private static java.util.Optional<Ineligibility> verification(CallSummary call, AssociationSummary association) {
        return call.form().verifiedOnly() && !association.verified()
                ? java.util.Optional.of(new Ineligibility("proposals.error.not-verified", association.name()))
                : java.util.Optional.empty();
    }

    private AssociationSummary association(long associationId) {
        return associations.find(associationId).orElseThrow(ProposalNotFoundException::new);
    }
}
