package org.passerelle.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.associations.AssociationsFixture.form;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.TestAccounts.Person;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Association profiles against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class AssociationServiceContract {

    /** An administrator who is not staff: administrators manage accounts, not associations. */
    static final Person ADMIN_ONLY =
            new Person("admin.only@test.example", "Alia Admin", "en", EnumSet.of(Role.ADMIN), true);

    static final String NAME = "Association Rwandaise de Belgique";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssociationService service;

    @Autowired
    AssociationMembershipService memberships;

    @Autowired
    AssociationInvitationService invitations;

    TestAccounts accounts;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        AssociationsFixture.reset(jdbc);
        accounts.reset();
        accounts.insert(ADMIN_ONLY);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AssociationProfile register(String name, Person contact) {
        return AssociationsFixture.register(accounts, service, name, contact);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from association", Integer.class);
    }

    @Test
    void staffRegisterAnAssociationWhoseFirstContactIsActiveAtOnce() {
        AssociationProfile created = register(NAME, TestAccounts.MEMBER);
        assertThat(created.name()).isEqualTo(NAME);
        assertThat(created.countries()).containsExactly("RW");
        assertThat(created.sectors()).containsExactlyInAnyOrder(Sector.HEALTH, Sector.EDUCATION_TVET);
        assertThat(created.residence()).isEqualTo(Residence.BE);
        assertThat(created.website()).isEqualTo("https://arb.example.org");
        assertThat(created.verified()).isFalse();
        assertThat(created.mayEdit()).isTrue();
        assertThat(created.mayVerify()).isTrue();

        long member = accounts.idOf(TestAccounts.MEMBER);
        assertThat(memberships.members(created.id())).singleElement().satisfies(m -> {
            assertThat(m.accountId()).isEqualTo(member);
            assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(m.contact()).isTrue();
        });
        assertThat(service.isActiveMember(created.id(), member)).isTrue();
        assertThat(service.associationsOf(member))
                .extracting(AssociationRef::name)
                .containsExactly(NAME);
        assertThat(service.find(created.id()))
                .hasValueSatisfying(s -> assertThat(s.acronym()).isEqualTo("ARB"));
        assertThat(service.find(created.id() + 1000)).isEmpty();

        accounts.signIn(TestAccounts.MEMBER);
        AssociationProfile seenByContact = service.profile(created.id());
        assertThat(seenByContact.iAmContact()).isTrue();
        assertThat(seenByContact.mayEdit()).isTrue();
        assertThat(seenByContact.mayVerify()).isFalse();
    }

    @Test
    void onlyStaffRegisterAndVerifyAndOnlyStaffOrContactsEdit() {
        AssociationProfile created = register(NAME, TestAccounts.BOTH);
        accounts.signIn(TestAccounts.BOTH);
        invitations.invite(created.id(), TestAccounts.MEMBER.email());
        accounts.signIn(TestAccounts.MEMBER);
        invitations.accept(created.id()); // an active member, not a contact

        for (Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD, ADMIN_ONLY)) {
            accounts.signIn(person);
            assertThatThrownBy(() -> service.register(form("Another one"), accounts.idOf(person)))
                    .as(person.email())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.update(created.id(), created.version(), form("Renamed")))
                    .as(person.email())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.setVerified(created.id(), true))
                    .as(person.email())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(service.profile(created.id()).mayEdit()).isFalse();
        }
        accounts.signIn(TestAccounts.BOTH); // the contact edits but does not verify
        AssociationProfile edited = service.update(created.id(), created.version(), form("ARB Belgique"));
        assertThatThrownBy(() -> service.setVerified(created.id(), true)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> service.search("", null, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.register(form("Anonymous"), 1L))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from association", String.class))
                .isEqualTo("ARB Belgique");
        assertThat(jdbc.queryForObject("select verified from association", Boolean.class))
                .isFalse();
        accounts.signIn(TestAccounts.STAFF);
        assertThat(service.update(created.id(), edited.version(), form(NAME)).name())
                .isEqualTo(NAME);
    }

    @Test
    void staffVerifyAndWithdrawTheVerification() {
        AssociationProfile created = register(NAME, TestAccounts.MEMBER);
        AssociationProfile verified = service.setVerified(created.id(), true);
        assertThat(verified.verified()).isTrue();
        assertThat(verified.verifiedAt()).isNotNull();
        assertThat(verified.verifiedByName()).isEqualTo(TestAccounts.STAFF.name());
        assertThat(service.search("", null, null))
                .singleElement()
                .satisfies(s -> assertThat(s.verified()).isTrue());

        AssociationProfile withdrawn = service.setVerified(created.id(), false);
        assertThat(withdrawn.verified()).isFalse();
        assertThat(withdrawn.verifiedAt()).isNull();
        assertThat(jdbc.queryForObject("select verified_by from association", Long.class))
                .isNull();
    }

    @Test
    void duplicateNamesAreRefusedWhateverTheCaseSpacesAndAccents() {
        register(NAME, TestAccounts.MEMBER);
        for (String duplicate : List.of(
                "association rwandaise  de belgique",
                "Assocìation Rwandaise de Belgique",
                " ASSOCIATION RWANDAISE DE BÉLGIQUE ")) {
            assertThatThrownBy(() -> service.register(form(duplicate), accounts.idOf(TestAccounts.BOTH)))
                    .as(duplicate)
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("field", "name")
                    .hasFieldOrPropertyWithValue("messageKey", "associations.error.name-taken");
        }
        AssociationProfile other =
                service.register(form("Association Rwandaise de Liège"), accounts.idOf(TestAccounts.BOTH));
        assertThatThrownBy(() -> service.update(other.id(), other.version(), form("association rwandaise de belgique")))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.name-taken");
        assertThat(service.update(other.id(), other.version(), form("Association rwandaise de Liège"))
                        .name())
                .as("an association may change the case of its own name")
                .isEqualTo("Association rwandaise de Liège");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void theDatabaseItselfRefusesASecondNormalizedName() {
        register(NAME, TestAccounts.MEMBER);
        Timestamp now = Timestamp.from(Instant.now());
        assertThatThrownBy(() -> jdbc.update(
                        "insert into association (name, normalized_name, residence, verified, created_at, updated_at,"
                                + " version) values (?, ?, 'BE', false, ?, ?, 0)",
                        "Race condition",
                        "association rwandaise de belgique",
                        now,
                        now))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void emptyAndOverlongFieldsAreRefusedWithTheFieldAndTheKey() {
        accounts.signIn(TestAccounts.STAFF);
        AssociationForm ok = form("Valid name");
        assertRefused(with(ok, "name", "  "), "name", "associations.error.name-required");
        assertRefused(with(ok, "name", "n".repeat(121)), "name", "associations.error.too-long");
        assertRefused(with(ok, "name", "Tab\u0007name"), "name", "associations.error.control-characters");
        assertRefused(with(ok, "acronym", "A".repeat(21)), "acronym", "associations.error.too-long");
        assertRefused(with(ok, "description", "d".repeat(4001)), "description", "associations.error.too-long");
        assertRefused(withCountries(ok, Set.of()), "countries", "associations.error.countries-required");
        assertRefused(withCountries(ok, Set.of("RW", "XX")), "countries", "associations.error.country-invalid");
        assertRefused(withResidence(ok, null), "residence", "associations.error.residence-required");
        assertRefused(with(ok, "website", "javascript:alert(1)"), "website", "associations.error.website-invalid");
        assertRefused(with(ok, "website", "www.example.org"), "website", "associations.error.website-invalid");
        assertRefused(
                with(ok, "website", "https://example.org/" + "p".repeat(290)),
                "website",
                "associations.error.too-long");
        assertRefused(with(ok, "email", "not-an-address"), "email", "associations.error.email-invalid");
        assertRefused(with(ok, "phone", "call me maybe"), "phone", "associations.error.phone-invalid");
        assertRefused(with(ok, "phone", "1".repeat(41)), "phone", "associations.error.too-long");
        assertThatThrownBy(() -> service.register(ok, null))
                .hasFieldOrPropertyWithValue("field", "contact")
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.contact-required");
        assertThatThrownBy(() -> service.register(ok, accounts.idOf(TestAccounts.DISABLED)))
                .hasFieldOrPropertyWithValue("field", "contact")
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.contact-disabled");
        assertThat(count()).isZero();

        AssociationForm atTheLimits = new AssociationForm(
                "n".repeat(120),
                "A".repeat(20),
                "d".repeat(4000),
                Set.of("SN", "ML"),
                Residence.LU,
                Set.of(),
                null,
                "",
                " ");
        AssociationProfile saved = service.register(atTheLimits, accounts.idOf(TestAccounts.MEMBER));
        assertThat(saved.description()).hasSize(4000);
        assertThat(saved.countries()).containsExactly("ML", "SN");
        assertThat(saved.email()).isNull();
        assertThat(saved.phone()).isNull();
    }

    @Test
    void aScriptInTheDescriptionIsStoredVerbatim() {
        accounts.signIn(TestAccounts.STAFF);
        String script = "<script>alert('x')</script>\nSecond line & <b>bold</b>";
        AssociationForm form = with(form("Scripted"), "description", script);
        AssociationProfile saved =
                service.register(with(form, "acronym", "<img src=x>"), accounts.idOf(TestAccounts.MEMBER));
        assertThat(service.profile(saved.id()).description()).isEqualTo(script);
        assertThat(jdbc.queryForObject("select description from association", String.class))
                .isEqualTo(script);
        assertThat(jdbc.queryForObject("select acronym from association", String.class))
                .isEqualTo("<img src=x>");
    }

    @Test
    void aStaleEditIsRefused() {
        AssociationProfile created = register(NAME, TestAccounts.MEMBER);
        service.update(created.id(), created.version(), form("ARB"));
        assertThatThrownBy(() -> service.update(created.id(), created.version(), form("Stale")))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.changed-meanwhile");
        assertThatThrownBy(() -> service.profile(created.id() + 1000)).isInstanceOf(AssociationNotFoundException.class);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFiltersByCountryAndSector() {
        register(NAME, TestAccounts.MEMBER);
        service.register(
                new AssociationForm(
                        "Sénégalais de Liège",
                        "ASL",
                        null,
                        Set.of("SN"),
                        Residence.BE,
                        Set.of(Sector.YOUTH),
                        null,
                        null,
                        null),
                accounts.idOf(TestAccounts.MEMBER));
        service.register(
                new AssociationForm(
                        "Femmes du Sahel 100%",
                        "FDS",
                        null,
                        Set.of("ML", "SN"),
                        Residence.LU,
                        Set.of(Sector.WOMENS_EMPOWERMENT, Sector.HEALTH),
                        null,
                        null,
                        null),
                accounts.idOf(TestAccounts.BOTH));
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(names(service.search("", null, null)))
                .containsExactly(NAME, "Femmes du Sahel 100%", "Sénégalais de Liège");
        assertThat(names(service.search("SENEGALAIS", null, null))).containsExactly("Sénégalais de Liège");
        assertThat(names(service.search("arb", null, null))).containsExactly(NAME);
        assertThat(names(service.search("", "SN", null)))
                .containsExactly("Femmes du Sahel 100%", "Sénégalais de Liège");
        assertThat(names(service.search("", null, Sector.HEALTH))).containsExactly(NAME, "Femmes du Sahel 100%");
        assertThat(names(service.search("", "SN", Sector.HEALTH))).containsExactly("Femmes du Sahel 100%");
        assertThat(names(service.search("100%", null, null))).containsExactly("Femmes du Sahel 100%");
        assertThat(service.search("%", null, null)).hasSize(1);
        assertThat(service.search("_", null, null)).isEmpty();
        assertThat(service.search("", "ZZ", null)).isEmpty();
    }

    @Test
    void everyChangeIsAuditedAndARefusedChangeLeavesNoEntry() {
        AssociationProfile created = register(NAME, TestAccounts.BOTH);
        service.update(created.id(), created.version(), form("ARB"));
        service.setVerified(created.id(), true);
        service.setVerified(created.id(), false);
        invitations.invite(created.id(), TestAccounts.MEMBER.email());
        invitations.invite(created.id(), TestAccounts.OUTSIDER.email());
        accounts.signIn(TestAccounts.MEMBER);
        invitations.accept(created.id());
        accounts.signIn(TestAccounts.OUTSIDER);
        invitations.decline(created.id());
        accounts.signIn(TestAccounts.BOTH);
        memberships.setContact(created.id(), accounts.idOf(TestAccounts.MEMBER), true);
        memberships.leave(created.id());
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> memberships.leave(created.id()))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.last-contact");
        invitations.invite(created.id(), TestAccounts.BOARD.email());
        memberships.remove(created.id(), accounts.idOf(TestAccounts.BOARD));

        assertThat(jdbc.queryForList(
                        "select action from audit_entry where object_type = 'association' and object_id = ? order by id",
                        String.class,
                        created.id()))
                .containsExactly(
                        "association.registered",
                        "association.updated",
                        "association.verified",
                        "association.unverified",
                        "association.member-invited",
                        "association.member-invited",
                        "association.member-joined",
                        "association.invitation-declined",
                        "association.contact-changed",
                        "association.member-left",
                        "association.member-invited",
                        "association.member-removed");
        assertThat(jdbc.queryForObject(
                        "select actor_id from audit_entry where action = 'association.registered'", Long.class))
                .isEqualTo(accounts.idOf(TestAccounts.STAFF));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where space_id is not null", Integer.class))
                .isZero();
    }

    private static List<String> names(List<AssociationSummary> found) {
        return found.stream().map(AssociationSummary::name).toList();
    }

    private void assertRefused(AssociationForm form, String field, String key) {
        assertThatThrownBy(() -> service.register(form, accounts.idOf(TestAccounts.MEMBER)))
                .as(field + " " + key)
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static AssociationForm with(AssociationForm f, String field, String value) {
        return new AssociationForm(
                field.equals("name") ? value : f.name(),
                field.equals("acronym") ? value : f.acronym(),
                field.equals("description") ? value : f.description(),
                f.countries(),
                f.residence(),
                f.sectors(),
                field.equals("website") ? value : f.website(),
                field.equals("email") ? value : f.email(),
                field.equals("phone") ? value : f.phone());
    }

    private static AssociationForm withCountries(AssociationForm f, Set<String> countries) {
        return new AssociationForm(
                f.name(),
                f.acronym(),
                f.description(),
                countries,
                f.residence(),
                f.sectors(),
                f.website(),
                f.email(),
                f.phone());
    }

    private static AssociationForm withResidence(AssociationForm f, Residence residence) {
        return new AssociationForm(
                f.name(),
                f.acronym(),
                f.description(),
                f.countries(),
                residence,
                f.sectors(),
                f.website(),
                f.email(),
                f.phone());
    }
}
