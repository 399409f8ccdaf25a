package org.passerelle.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.proposals.domain.ProposalVersionRecord;
import org.passerelle.proposals.domain.ProposalVersionRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals for the search index, each reader finding the version they may read: part 1 is the current text,
 * found by its authors and their association ({@link ProposalAccessProvider#authorKeys}); part 2, once submitted
 * and edited since, is the submitted version, found by its reviewers ({@link ProposalAccessProvider#reviewerKeys}),
 * so that a reviewer never finds words of a draft the authors have not submitted.
 */
@Component
@Transactional(readOnly = true)
class ProposalSearchSource implements SearchSource {

    static final int CURRENT = 1;
    static final int SUBMITTED = 2;
    private final EntityLoader loader;
    private final ProposalRepository proposals;
    private final ProposalVersionRepository versions;
    private final ProposalContentCodec codec;

    ProposalSearchSource(
            EntityLoader loader,
            ProposalRepository proposals,
            ProposalVersionRepository versions,
            ProposalContentCodec codec) {
        this.loader = loader;
        this.proposals = proposals;
        this.versions = versions;
        this.codec = codec;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.PROPOSAL;
    }

    /**
     * While the current text is the submitted one, one entry found by both the authors and the reviewers (so a
     * person who is both finds it once); once they differ, each version its own entry and readers.
     */
    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        List<Proposal> found = loader.byIds(Proposal.class, ids);
        Map<Long, ProposalVersionRecord> submitted = found.stream().anyMatch(p -> p.getSubmittedVersion() != null)
                ? versions.submittedVersionsOf(ids).stream()
                        .collect(Collectors.toMap(ProposalVersionRecord::getProposalId, Function.identity()))
                : Map.of();
        List<SearchEntry> entries = new ArrayList<>();
        for (Proposal proposal : found) {
            ProposalVersionRecord version = submitted.get(proposal.getId());
            Set<String> authors = ProposalAccessProvider.authorKeys(proposal);
            if (version != null && version.getContentJson().equals(proposal.getContentJson())) {
                Set<String> both = new HashSet<>(authors);
                both.addAll(ProposalAccessProvider.reviewerKeys(proposal));
                entries.add(entry(proposal, CURRENT, codec.read(proposal.getContentJson()), both));
                continue;
            }
            entries.add(entry(proposal, CURRENT, codec.read(proposal.getContentJson()), authors));
            if (version != null) {
                entries.add(entry(
                        proposal,
                        SUBMITTED,
                        codec.read(version.getContentJson()),
                        ProposalAccessProvider.reviewerKeys(proposal)));
            }
        }
        return entries;
    }

    private static SearchEntry entry(Proposal proposal, int part, ProposalContent content, Set<String> keys) {
        String title = content.title() == null ? proposal.getTitle() : content.title();
        return new SearchEntry(
                SearchKind.PROPOSAL,
                proposal.getId(),
                part,
                title,
                title,
                text(content),
                null,
                proposal.getSpaceId(),
                proposal.getCallId(),
                content.country(),
                content.sectors() == null
                        ? Set.of()
                        : content.sectors().stream().map(Enum::name).collect(Collectors.toSet()),
                proposal.getUpdatedAt(),
                "proposals/" + proposal.getId(),
                keys);
    }

    private static String text(ProposalContent content) {
        return Stream.of(
                        content.summary(),
                        content.problem(),
                        content.objectives(),
                        content.activities(),
                        content.beneficiaries(),
                        content.region(),
                        content.budgetItems(),
                        content.milestones(),
                        content.partners(),
                        content.diasporaContribution(),
                        content.expectedImpact(),
                        content.sustainability(),
                        content.risks())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return proposals.idsAfter(after, Limit.of(limit));
    }
}
