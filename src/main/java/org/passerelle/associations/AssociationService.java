package org.passerelle.associations;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.associations.AssociationEvents.AssociationRegistered;
import org.passerelle.associations.AssociationEvents.AssociationUpdated;
import org.passerelle.associations.AssociationEvents.AssociationVerified;
import org.passerelle.associations.domain.Association;
import org.passerelle.associations.domain.AssociationFilter;
import org.passerelle.associations.domain.AssociationMembership;
import org.passerelle.associations.domain.AssociationMembershipRepository;
import org.passerelle.associations.domain.AssociationRepository;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Associations' profiles: staff register, edit and verify them; their contacts edit them; everyone signed
 * in reads them. Also the small API other modules use (membership checks). Members are {@link
 * AssociationMembershipService}.
 */
@Service
@Transactional
public class AssociationService {

    private final AssociationRepository associations;
    private final AssociationMembershipRepository memberships;
    private final AssociationAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssociationService(
            AssociationRepository associations,
            AssociationMembershipRepository memberships,
            AssociationAccess access,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.associations = associations;
        this.memberships = memberships;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Staff register an association with its first contact person, an existing account, active at once. */
    @PreAuthorize("hasRole('STAFF')")
    public AssociationProfile register(AssociationForm form, Long contactAccountId) {
        SignedInPerson me = currentUser.require();
        AssociationForm clean = AssociationRules.clean(form);
        PersonRef contact = contactAccountId == null
                ? null
                : accounts.people(List.of(contactAccountId)).get(contactAccountId);
        if (contact == null) {
            throw new InvalidInputException("contact", "associations.error.contact-required");
        }
        if (!contact.enabled()) {
            throw new InvalidInputException("contact", "associations.error.contact-disabled");
        }
        String normalized = AssociationRules.normalizedName(clean.name());
        if (associations.existsByNormalizedName(normalized)) {
            throw nameTaken();
        }
        Association association = new Association(me.accountId(), clock.instant());
        apply(association, clean, normalized);
        saveUnique(association);
        memberships.save(new AssociationMembership(
                association.getId(), contact.id(), MemberStatus.ACTIVE, true, me.accountId(), clock.instant()));
        events.publishEvent(new AssociationRegistered(me.accountId(), association.getId(), clean.name(), contact.id()));
        return profile(me, association);
    }

    /** Staff or the association's contacts edit its profile; refused when someone else changed it meanwhile. */
    @PreAuthorize("isAuthenticated()")
    public AssociationProfile update(long id, long expectedVersion, AssociationForm form) {
        SignedInPerson me = currentUser.require();
        Association association = associations.findById(id).orElseThrow(AssociationNotFoundException::new);
        access.requireManager(me, id);
        if (association.getVersion() != expectedVersion) {
            throw new UserFacingException("associations.error.changed-meanwhile");
        }
        AssociationForm clean = AssociationRules.clean(form);
        String normalized = AssociationRules.normalizedName(clean.name());
        if (associations.existsByNormalizedNameAndIdNot(normalized, id)) {
            throw nameTaken();
        }
        apply(association, clean, normalized);
        association.touch(clock.instant());
        saveUnique(association);
        events.publishEvent(new AssociationUpdated(me.accountId(), id, clean.name()));
        return profile(me, association);
    }

    /** Staff vouch for the association (or take it back); readers see a "verified" badge. */
    @PreAuthorize("hasRole('STAFF')")
    public AssociationProfile setVerified(long id, boolean verified) {
        SignedInPerson me = currentUser.require();
        Association association = associations.findById(id).orElseThrow(AssociationNotFoundException::new);
        if (association.isVerified() != verified) {
            association.setVerified(verified ? me.accountId() : null, clock.instant());
            association.touch(clock.instant());
            associations.saveAndFlush(association);
            events.publishEvent(new AssociationVerified(me.accountId(), id, verified));
        }
        return profile(me, association);
    }

    /**
     * Associations whose name (accents and case ignored) or acronym contains the text, of a country of
     * origin and a sector when given, by name.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssociationSummary> search(String text, String country, Sector sector) {
        String needle = AssociationRules.normalizedName(text);
        if (needle.length() > AssociationRules.NAME_MAX || (country != null && !Countries.isValid(country))) {
            return List.of();
        }
        return associations
                .findAll(new AssociationFilter(needle, country, sector).toSpecification(), Sort.by("normalizedName"))
                .stream()
                .map(AssociationService::summary)
                .toList();
    }

    /** The whole profile, with what the reader may do with it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssociationProfile profile(long id) {
        SignedInPerson me = currentUser.require();
        return profile(me, associations.findById(id).orElseThrow(AssociationNotFoundException::new));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AssociationSummary> find(long id) {
        return associations.findById(id).map(AssociationService::summary);
    }

    /** Whether the person is an active member (invitations pending do not count). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isActiveMember(long associationId, long accountId) {
        return memberships.existsByAssociationIdAndAccountIdAndStatus(associationId, accountId, MemberStatus.ACTIVE);
    }

    /** The active members of the association. For notifications, which then ask the access contract as each person: ids only, no access check. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> activeMemberIds(long associationId) {
        return memberships.findByAssociationIdOrderByCreatedAtAsc(associationId).stream()
                .filter(m -> m.getStatus() == MemberStatus.ACTIVE)
                .map(AssociationMembership::getAccountId)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The ids of the associations the person is an active member of (one query, no names). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> activeAssociationIdsOf(long accountId) {
        return memberships.findByAccountIdAndStatus(accountId, MemberStatus.ACTIVE).stream()
                .map(AssociationMembership::getAssociationId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The associations the person is an active member of, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssociationRef> associationsOf(long accountId) {
        List<Long> ids = memberships.findByAccountIdAndStatus(accountId, MemberStatus.ACTIVE).stream()
                .map(AssociationMembership::getAssociationId)
                .toList();
        return associations.findAllById(ids).stream()
                .sorted(Comparator.comparing(Association::getNormalizedName))
                .map(a -> new AssociationRef(a.getId(), a.getName(), a.getAcronym(), a.isVerified()))
                .toList();
    }

    private static void apply(Association association, AssociationForm form, String normalizedName) {
        association.setName(form.name(), normalizedName);
        association.setAcronym(form.acronym());
        association.setDescription(form.description());
        association.setCountries(form.countries());
        association.setResidence(form.residence());
        association.setSectors(form.sectors());
        association.setContactDetails(form.website(), form.email(), form.phone());
    }

    /** The check before saving misses a name saved at the same moment; the unique constraint does not. */
    private void saveUnique(Association association) {
        try {
            associations.saveAndFlush(association);
        } catch (DataIntegrityViolationException duplicate) {
            throw nameTaken();
        }
    }

    private static InvalidInputException nameTaken() {
        return new InvalidInputException("name", "associations.error.name-taken");
    }

    static AssociationSummary summary(Association a) {
        return new AssociationSummary(
                a.getId(),
                a.getName(),
                a.getAcronym(),
                a.getCountries(),
                a.getResidence(),
                a.getSectors(),
                a.isVerified());
    }

    private AssociationProfile profile(SignedInPerson me, Association a) {
        Optional<AssociationMembership> mine = memberships.findByAssociationIdAndAccountId(a.getId(), me.accountId());
        boolean contact = mine.filter(m -> m.isActive() && m.isContact()).isPresent();
        boolean staff = me.hasRole(Role.STAFF);
        String verifiedBy = null;
        if (a.getVerifiedBy() != null) {
            Map<Long, PersonRef> people = accounts.people(List.of(a.getVerifiedBy()));
            verifiedBy = people.containsKey(a.getVerifiedBy())
                    ? people.get(a.getVerifiedBy()).displayName()
                    : null;
        }
        return new AssociationProfile(
                a.getId(),
                a.getName(),
                a.getAcronym(),
                a.getDescription(),
                a.getCountries(),
                a.getResidence(),
                a.getSectors(),
                a.getWebsite(),
                a.getContactEmail(),
                a.getPhone(),
                a.isVerified(),
                a.getVerifiedAt(),
                verifiedBy,
                mine.map(AssociationMembership::getStatus).orElse(null),
                contact,
                staff || contact,
                staff || contact,
                staff,
                a.getVersion());
    }
}
