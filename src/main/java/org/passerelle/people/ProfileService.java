package org.passerelle.people;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.people.domain.PersonProfile;
import org.passerelle.people.domain.PersonProfileRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own public profile. There is deliberately no method taking an account id: whoever calls,
 * staff and administrators included, reads and edits only their own profile, so nobody can put someone
 * else in the pool or change their contact details.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final PersonProfileRepository profiles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileService(
            PersonProfileRepository profiles,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's profile; an empty one, not in the pool, until they first save it. */
    @Transactional(readOnly = true)
    public MyProfile mine() {
        long me = currentUser.require().accountId();
        return describe(me, profiles.findById(me).map(ProfileService::form).orElseGet(ProfileForm::empty));
    }

    /**
     * Saves the signed-in person's profile, creating it on the first save. Joining or leaving the pool takes
     * effect for the very next directory query and is audited through {@link ExpertPoolJoined} / {@link
     * ExpertPoolLeft}. Nothing is stored when a field is refused.
     */
    public MyProfile saveMine(ProfileForm form) {
        long me = currentUser.require().accountId();
        ProfileForm clean = ProfileRules.clean(form);
        PersonProfile profile = profiles.findById(me).orElseGet(() -> new PersonProfile(me, clock.instant()));
        boolean wasInPool = profile.isInExpertPool();
        profile.setLanguages(clean.languages());
        profile.setOriginCountries(clean.originCountries());
        profile.setWorkCountries(clean.workCountries());
        profile.setSectors(clean.sectors());
        profile.setSkills(clean.skills());
        profile.setBio(emptyToNull(clean.bio()));
        profile.setPhone(emptyToNull(clean.phone()));
        profile.setContactEmail(emptyToNull(clean.contactEmail()));
        profile.setInExpertPool(clean.inExpertPool());
        profile.touch(clock.instant());
        PersonProfile saved = profiles.saveAndFlush(profile);
        events.publishEvent(new ProfileSaved(me));
        if (clean.inExpertPool() && !wasInPool) {
            events.publishEvent(new ExpertPoolJoined(me));
        } else if (!clean.inExpertPool() && wasInPool) {
            events.publishEvent(new ExpertPoolLeft(me));
        }
        return describe(me, form(saved));
    }

    private MyProfile describe(long accountId, ProfileForm form) {
        PersonRef person = accounts.people(List.of(accountId)).get(accountId);
        return new MyProfile(
                accountId, person == null ? "" : person.displayName(), person == null ? "" : person.email(), form);
    }

    private static ProfileForm form(PersonProfile profile) {
        return new ProfileForm(
                Set.copyOf(profile.getLanguages()),
                Set.copyOf(profile.getOriginCountries()),
                Set.copyOf(profile.getWorkCountries()),
                profile.getSectors(),
                profile.getSkills(),
                nullToEmpty(profile.getBio()),
                nullToEmpty(profile.getPhone()),
                nullToEmpty(profile.getContactEmail()),
                profile.isInExpertPool());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
