package org.passerelle.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.SearchKind;
import org.passerelle.base.TextFinder;
import org.passerelle.people.domain.PersonProfile;
import org.passerelle.people.domain.PersonProfileRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of the expert and speaker pool: only people who opted in and whose account is enabled,
 * read straight from the database on every call so that opting out (or a disabled account) takes effect
 * at once. Its entries carry contact details, so every method requires a signed-in member of the
 * workspace; there is no anonymous way in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DirectoryService {

    /** The most a single call returns, whatever the caller asks. */
    public static final int PAGE_MAX = 100;

    /** Search text beyond this is ignored: no name, skill or useful phrase is that long. */
    public static final int TEXT_MAX = 100;

    private static final int SKILLS_OFFERED = 500;

    /** Most people the search index adds to a text filter. */
    static final int FOUND_MAX = 500;

    private final PersonProfileRepository profiles;
    private final AccountService accounts;
    private final TextFinder finder;

    DirectoryService(PersonProfileRepository profiles, AccountService accounts, TextFinder finder) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.finder = finder;
    }

    /**
     * Besides the name, bio or a skill containing the text as typed, the people the search index finds by it:
     * accents and case aside and any word form ("electrification" finds "Électrification rurale", "formations"
     * finds "formation"). No id matches {@code -1}, the stand-in for "none found".
     */
    private List<Long> found(DirectoryFilter filter) {
        String text =
                filter == null || filter.text() == null ? "" : filter.text().strip();
        List<Long> ids = text.isEmpty() ? List.of() : finder.find(SearchKind.PROFILE, text, FOUND_MAX);
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** People matching the filter, by name, from {@code offset}, at most {@code limit} (and {@link #PAGE_MAX}). */
    public List<DirectoryEntry> find(DirectoryFilter filter, int offset, int limit) {
        Criteria c = Criteria.of(filter);
        List<PersonProfile> page = profiles.findListed(
                c.pattern,
                found(filter),
                c.skill,
                c.language,
                c.country,
                c.sector,
                Math.max(0, offset),
                Math.clamp(limit, 0, PAGE_MAX));
        Map<Long, PersonRef> people =
                accounts.people(page.stream().map(PersonProfile::getAccountId).toList());
        return page.stream()
                .filter(profile -> people.containsKey(profile.getAccountId()))
                .map(profile -> entry(profile, people.get(profile.getAccountId())))
                .toList();
    }

    public int count(DirectoryFilter filter) {
        Criteria c = Criteria.of(filter);
        return Math.toIntExact(
                profiles.countListed(c.pattern, found(filter), c.skill, c.language, c.country, c.sector));
    }

    /** The skills listed people have, for the skill filter (at most 500, by name). */
    public List<String> skills() {
        return profiles.listedSkills(SKILLS_OFFERED);
    }

    private static DirectoryEntry entry(PersonProfile profile, PersonRef person) {
        String email = profile.getContactEmail() == null ? person.email() : profile.getContactEmail();
        return new DirectoryEntry(
                profile.getAccountId(),
                person.displayName(),
                profile.getLanguages().stream().sorted().toList(),
                profile.getOriginCountries().stream().sorted().toList(),
                profile.getWorkCountries().stream().sorted().toList(),
                List.copyOf(profile.getSectors()), // an EnumSet: in the enum's order
                profile.getSkills(),
                profile.getBio() == null ? "" : profile.getBio(),
                email,
                profile.getPhone() == null ? "" : profile.getPhone());
    }

    /** The filter as the queries take it: lower or upper case as stored, {@code ''} for "any". */
    private record Criteria(String pattern, String skill, String language, String country, String sector) {

        static Criteria of(DirectoryFilter filter) {
            DirectoryFilter f = filter == null ? DirectoryFilter.none() : filter;
            String text = trim(f.text()).toLowerCase(Locale.ROOT);
            if (text.length() > TEXT_MAX) {
                text = text.substring(0, TEXT_MAX);
            }
            return new Criteria(
                    text.isEmpty() ? "" : "%" + escapeLike(text) + "%",
                    trim(f.skill()).toLowerCase(Locale.ROOT),
                    trim(f.language()).toLowerCase(Locale.ROOT),
                    trim(f.country()).toUpperCase(Locale.ROOT),
                    f.sector() == null ? "" : f.sector().name());
        }

        private static String trim(String text) {
            return text == null ? "" : text.strip();
        }

        /** So that a typed {@code %} or {@code _} is searched for, not taken as a wildcard. */
        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
