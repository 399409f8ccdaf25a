package org.passerelle.spaces;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.spaces.domain.SpaceRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Spaces for the search index: their titles and descriptions in both languages, found by who sees them. */
@Component
@Transactional(readOnly = true)
class SpaceSearchSource implements SearchSource {

    private final SpaceRepository spaces;

    SpaceSearchSource(SpaceRepository spaces) {
        this.spaces = spaces;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.SPACE;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        return spaces.findAllById(ids).stream()
                .map(space -> new SearchEntry(
                        SearchKind.SPACE,
                        space.getId(),
                        0,
                        space.getTitleEn(),
                        space.getTitleFr(),
                        String.join("\n\n", nonNull(space.getDescriptionEn()), nonNull(space.getDescriptionFr())),
                        null,
                        space.getId(),
                        null,
                        null,
                        Set.of(),
                        space.getCreatedAt(),
                        "spaces/" + space.getId(),
                        Set.of(SpaceSearchKeys.right(space.getId(), Right.SEE))))
                .toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return spaces.idsAfter(after, Limit.of(limit));
    }
}
