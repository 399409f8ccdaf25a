package org.passerelle.proposals;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.DerivedAccessProvider;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.proposals.domain.ProgressReport;
import org.passerelle.proposals.domain.Proposal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A progress report's access, from its proposal's: whoever sees the proposal sees the report and its files; its
 * co-authors attach files while the proposal is implemented (each may remove their own); staff who manage the
 * proposal may remove any. Found in search by whoever finds the proposal.
 */
@Component
@Transactional(readOnly = true)
class ProgressReportAccessProvider extends DerivedAccessProvider<ProgressReport> {

    private final EntityLoader loader;

    ProgressReportAccessProvider(EntityLoader loader, SubjectAccess subjects) {
        super(SubjectKind.PROGRESS_REPORT, ProgressReport.class, loader, subjects);
        this.loader = loader;
    }

    @Override
    protected List<SubjectRef> parents(ProgressReport report) {
        return List.of(SubjectRef.proposal(report.getProposalId()));
    }

    @Override
    protected Access derive(ProgressReport report, Map<SubjectRef, Access> parents) {
        Access proposal = parents.get(SubjectRef.proposal(report.getProposalId()));
        if (proposal == null || !proposal.see()) {
            return null;
        }
        Set<Right> rights = EnumSet.of(Right.SEE);
        boolean implementing = proposalOf(report)
                .map(p -> p.getState() == ProposalState.IN_IMPLEMENTATION)
                .orElse(false);
        if (implementing && "AUTHOR".equals(proposal.role())) {
            rights.add(Right.CONTRIBUTE);
        }
        if (proposal.may(Right.MANAGE)) {
            rights.add(Right.MODERATE);
        }
        return new Access(
                SubjectRef.progressReport(report.getId()),
                proposal.spaceId(),
                proposal.associationId(),
                proposal.role(),
                rights,
                rights.contains(Right.CONTRIBUTE) ? null : "proposals.follow-up.error.may-not-report");
    }

    @Override
    protected Map<SubjectRef, Right> keyParents(ProgressReport report, Right right) {
        return right == Right.SEE ? Map.of(SubjectRef.proposal(report.getProposalId()), Right.SEE) : Map.of();
    }

    @Override
    protected Set<String> deriveKeys(
            ProgressReport report, Right right, BiFunction<SubjectRef, Right, Set<String>> parentKeys) {
        return right == Right.SEE ? parentKeys.apply(SubjectRef.proposal(report.getProposalId()), Right.SEE) : Set.of();
    }

    /** The proposal's title: a report is named by what it reports on. */
    @Override
    protected String title(ProgressReport report, Locale reader) {
        return proposalOf(report).map(Proposal::getTitle).orElse(null);
    }

    @Override
    protected Long idOf(ProgressReport report) {
        return report.getId();
    }

    private java.util.Optional<Proposal> proposalOf(ProgressReport report) {
        return loader.byIds(Proposal.class, List.of(report.getProposalId())).stream()
                .findFirst();
    }
}
