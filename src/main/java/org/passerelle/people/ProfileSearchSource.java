package org.passerelle.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.ReaderKeys;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.people.domain.PersonProfile;
import org.passerelle.people.domain.PersonProfileRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public profiles of the expert and speaker pool for the search index (as the directory shows them to every
 * signed-in person): name, skills, sectors, languages and bio. A person out of the pool is not found; their phone
 * and contact address are never indexed.
 */
@Component
@Transactional(readOnly = true)
class ProfileSearchSource implements SearchSource {

    private final PersonProfileRepository profiles;
    private final AccountService accounts;

    ProfileSearchSource(PersonProfileRepository profiles, AccountService accounts) {
        this.profiles = profiles;
        this.accounts = accounts;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.PROFILE;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        List<PersonProfile> inPool = profiles.findAllById(ids).stream()
                .filter(PersonProfile::isInExpertPool)
                .toList();
        if (inPool.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = accounts.displayNames(
                inPool.stream().map(PersonProfile::getAccountId).toList());
        return inPool.stream()
                .filter(profile -> names.containsKey(profile.getAccountId()))
                .map(profile -> {
                    String name = names.get(profile.getAccountId());
                    String text = String.join(
                            "\n",
                            String.join(", ", profile.getSkills()),
                            profile.getSectors().stream().map(Enum::name).collect(Collectors.joining(" ")),
                            String.join(" ", profile.getLanguages()),
                            profile.getBio() == null ? "" : profile.getBio());
                    return new SearchEntry(
                            SearchKind.PROFILE,
                            profile.getAccountId(),
                            0,
                            name,
                            name,
                            text,
                            null,
                            null,
                            null,
                            profile.getOriginCountries().size() == 1
                                    ? profile.getOriginCountries().iterator().next()
                                    : null,
                            profile.getSectors().stream().map(Enum::name).collect(Collectors.toSet()),
                            profile.getUpdatedAt(),
                            "directory",
                            Set.of(ReaderKeys.ANYONE));
                })
                .toList();
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return profiles.idsAfter(after, Limit.of(limit));
    }
}
