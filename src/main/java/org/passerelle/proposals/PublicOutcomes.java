package org.passerelle.proposals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.base.Bilingual;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.TimeZones;
import org.passerelle.proposals.domain.ProposalPublicationRepository;
import org.passerelle.proposals.domain.ProposalPublicationRepository.PublicRow;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public outcomes page's one read, asked with no one signed in: the proposals whose co-authors agreed to
 * publish them (see {@link ProposalPublications}) and that are accepted or later, with only their public fields
 * ({@link PublicOutcome}). One query, at most {@link #MAX} projects, the latest published first.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()") // the public page: asked by anonymous visitors
public class PublicOutcomes {

    /** The most projects the page lists. */
    public static final int MAX = 500;

    private final ProposalPublicationRepository publications;

    PublicOutcomes(ProposalPublicationRepository publications) {
        this.publications = publications;
    }

    /** The published projects matching the filter, each summary in the reader's language (or marked as the other). */
    public List<PublicOutcome> published(PublicOutcomeFilter filter, Locale reader) {
        PublicOutcomeFilter f = filter == null ? PublicOutcomeFilter.ANY : filter;
        Set<ProposalState> states = ProposalLifecycle.publishableStates();
        if (f.state() != null) {
            if (!states.contains(f.state())) {
                return List.of();
            }
            states = Set.of(f.state());
        }
        if (f.country() != null && !Countries.isValid(f.country())) {
            return List.of();
        }
        String sector = f.sector() == null ? null : "%," + f.sector().name().replace("_", "!_") + ",%";
        return publications.published(states, f.country(), sector, Limit.of(MAX)).stream()
                .map(row -> outcome(row, reader))
                .toList();
    }

    private static PublicOutcome outcome(PublicRow row, Locale reader) {
        Instant accepted = row.acceptedAt() != null ? row.acceptedAt() : row.agreedAt();
        return new PublicOutcome(
                row.title(),
                row.country() == null || row.country().isBlank() ? null : row.country(),
                sectors(row.sectors()),
                row.state(),
                Bilingual.pick(row.summaryEn(), row.summaryFr(), reader),
                accepted.atZone(TimeZones.OFFICE).getYear());
    }

    private static List<Sector> sectors(String stored) {
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(stored.split(","))
                .filter(code -> !code.isBlank())
                .flatMap(code ->
                        Arrays.stream(Sector.values()).filter(s -> s.name().equals(code)))
                .sorted()
                .toList();
    }
}
