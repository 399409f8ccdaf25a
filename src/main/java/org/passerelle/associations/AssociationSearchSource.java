package org.passerelle.associations;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.associations.domain.AssociationRepository;
import org.passerelle.base.ReaderKeys;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Associations for the search index: name, acronym and description, seen by every signed-in person. */
@Component
@Transactional(readOnly = true)
class AssociationSearchSource implements SearchSource {

    private final AssociationRepository associations;

    AssociationSearchSource(AssociationRepository associations) {
        this.associations = associations;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.ASSOCIATION;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        return associations.findAllById(ids).stream()
                .map(association -> {
                    String title = association.getAcronym() == null
                                    || association.getAcronym().isBlank()
                            ? association.getName()
                            : association.getName() + " (" + association.getAcronym() + ")";
                    return new SearchEntry(
                            SearchKind.ASSOCIATION,
                            association.getId(),
                            0,
                            title,
                            title,
                            association.getDescription(),
                            null,
                            null,
                            null,
                            association.getCountries().size() == 1
                                    ? association.getCountries().get(0)
                                    : null,
                            association.getSectors().stream().map(Enum::name).collect(Collectors.toSet()),
                            association.getCreatedAt(),
                            "associations/" + association.getId(),
                            Set.of(ReaderKeys.ANYONE));
                })
                .toList();
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return associations.idsAfter(after, Limit.of(limit));
    }
}
