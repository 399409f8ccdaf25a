package org.passerelle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.people.ProfileFormBuilder.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.TestAccounts.Person;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Profiles and the directory against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class PeopleServiceContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProfileService profiles;

    @Autowired
    DirectoryService directory;

    TestAccounts accounts;

    /** Empties every table, profiles and the audit log included (see TestDatabase), and adds the test accounts. */
    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private MyProfile saveAs(Person person, ProfileFormBuilder form) {
        accounts.signIn(person);
        return profiles.saveMine(form.build());
    }

    private List<String> names(DirectoryFilter filter) {
        return directory.find(filter, 0, 100).stream()
                .map(DirectoryEntry::displayName)
                .toList();
    }

    private static DirectoryFilter text(String text) {
        return new DirectoryFilter(text, null, null, null, null);
    }

    private int profileRows() {
        return jdbc.queryForObject("select count(*) from person_profile", Integer.class);
    }

    /** Bea (board) and Bintou (both) in the pool, Moussa (member) with a profile but not in it. */
    private void aSmallPool() {
        saveAs(
                TestAccounts.BOARD,
                profile()
                        .languages("en", "rw")
                        .origin("RW")
                        .work("BE")
                        .sectors(Sector.HEALTH)
                        .skills("GIS", "Public health")
                        .bio("Epidemiologist; speaks about community health workers.")
                        .phone("+32 470 12 34 56")
                        .inPool(true));
        saveAs(
                TestAccounts.BOTH,
                profile()
                        .languages("fr", "wo")
                        .origin("SN")
                        .work("LU")
                        .sectors(Sector.REMITTANCES, Sector.ENTREPRENEURSHIP_INVESTMENT)
                        .skills("Microfinance")
                        .bio("Runs a savings cooperative with 100% diaspora members.")
                        .contactEmail("Contact@Teranga.example")
                        .inPool(true));
        saveAs(
                TestAccounts.MEMBER,
                profile().languages("fr").skills("GIS").bio("Not listed.").inPool(false));
        TestAccounts.signOut();
    }

    @Test
    void aPersonSavesAndReadsTheirOwnProfile() {
        accounts.signIn(TestAccounts.BOARD);
        MyProfile empty = profiles.mine();
        assertThat(empty.displayName()).isEqualTo("Bea Board");
        assertThat(empty.accountEmail()).isEqualTo(TestAccounts.BOARD.email());
        assertThat(empty.profile()).isEqualTo(ProfileForm.empty());
        assertThat(profileRows()).isZero(); // reading creates nothing

        profiles.saveMine(profile()
                .languages(" EN ", "rw")
                .origin("rw")
                .work("be", "LU")
                .sectors(Sector.HEALTH, Sector.EDUCATION_TVET)
                .skills("  GIS ", "Public health", "gis", "", "PUBLIC HEALTH")
                .bio("  Epidemiologist in Kigali and Brussels.\nSpeaker on community health.  ")
                .phone(" +32 470 12 34 56 ")
                .contactEmail(" Bea@Example.ORG ")
                .inPool(true)
                .build());

        ProfileForm stored = profiles.mine().profile();
        assertThat(stored.languages()).containsExactlyInAnyOrder("en", "rw");
        assertThat(stored.originCountries()).containsExactly("RW");
        assertThat(stored.workCountries()).containsExactlyInAnyOrder("BE", "LU");
        assertThat(stored.sectors()).containsExactlyInAnyOrder(Sector.HEALTH, Sector.EDUCATION_TVET);
        assertThat(stored.skills()).containsExactly("GIS", "Public health");
        assertThat(stored.bio()).isEqualTo("Epidemiologist in Kigali and Brussels.\nSpeaker on community health.");
        assertThat(stored.phone()).isEqualTo("+32 470 12 34 56");
        assertThat(stored.contactEmail()).isEqualTo("bea@example.org");
        assertThat(stored.inExpertPool()).isTrue();
        assertThat(jdbc.queryForObject("select account_id from person_profile", Long.class))
                .isEqualTo(accounts.idOf(TestAccounts.BOARD));
    }

    @Test
    void theLimitsAreAcceptedUpToTheEdge() {
        List<String> twenty =
                IntStream.rangeClosed(1, 20).mapToObj(i -> "Skill " + i).toList();
        // a twenty-first that differs only by case is the same skill, so still twenty
        MyProfile saved = saveAs(
                TestAccounts.MEMBER, profile().skills(concat(twenty, "SKILL 1")).bio("é".repeat(ProfileForm.BIO_MAX)));
        assertThat(saved.profile().skills()).isEqualTo(twenty);
        assertThat(saved.profile().bio()).hasSize(ProfileForm.BIO_MAX);
        MyProfile longSkill = profiles.saveMine(
                profile().skills("x".repeat(ProfileForm.SKILL_MAX)).build());
        assertThat(longSkill.profile().skills()).containsExactly("x".repeat(ProfileForm.SKILL_MAX));
    }

    @Test
    void invalidFieldsAreRefusedWithTheirFieldAndNothingIsStored() {
        accounts.signIn(TestAccounts.MEMBER);
        List<String> twentyOne =
                IntStream.rangeClosed(1, 21).mapToObj(i -> "Skill " + i).toList();
        assertRefused(profile().bio("x".repeat(1001)), "bio", "people.error.bio-too-long");
        assertRefused(profile().bio("bell\u0007"), "bio", "people.error.control-characters");
        assertRefused(profile().skills(twentyOne), "skills", "people.error.too-many-skills");
        assertRefused(profile().skills("ok", "y".repeat(41)), "skills", "people.error.skill-too-long");
        assertRefused(profile().languages("en", "xx"), "languages", "people.error.language-invalid");
        assertRefused(profile().languages("english"), "languages", "people.error.language-invalid");
        assertRefused(profile().origin("ZZ"), "originCountries", "people.error.country-invalid");
        assertRefused(profile().work("France"), "workCountries", "people.error.country-invalid");
        assertRefused(profile().phone("call me maybe"), "phone", "people.error.phone-invalid");
        assertRefused(profile().phone("1".repeat(41)), "phone", "people.error.phone-too-long");
        assertRefused(profile().contactEmail("not-an-address"), "contactEmail", "people.error.email-invalid");
        assertThat(profileRows()).isZero();

        profiles.saveMine(profile().skills("GIS").bio("Kept.").inPool(true).build());
        assertRefused(profile().skills("GIS").bio("x".repeat(1001)).inPool(false), "bio", "people.error.bio-too-long");
        assertRefused(profile().languages("xx").inPool(false), "languages", "people.error.language-invalid");
        ProfileForm kept = profiles.mine().profile();
        assertThat(kept.bio()).isEqualTo("Kept.");
        assertThat(kept.inExpertPool()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from person_language", Integer.class))
                .isZero();
    }

    @Test
    void scriptTagsAreStoredAndReturnedVerbatim() {
        String script = "<script>alert('x')</script> & <b>bold</b>";
        saveAs(
                TestAccounts.BOARD,
                profile().skills("<img src=x onerror=alert(1)>").bio(script).inPool(true));
        assertThat(profiles.mine().profile().bio()).isEqualTo(script);
        DirectoryEntry entry = directory.find(DirectoryFilter.none(), 0, 10).getFirst();
        assertThat(entry.bio()).isEqualTo(script);
        assertThat(entry.skills()).containsExactly("<img src=x onerror=alert(1)>");
    }

    @Test
    void theDirectoryListsOnlyOptedInPeopleWithEnabledAccounts() {
        aSmallPool();
        saveAs(TestAccounts.DISABLED, profile().skills("GIS").inPool(true)); // joined, then disabled by an admin
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(names(DirectoryFilter.none())).containsExactly("Bea Board", "Bintou Both");
        assertThat(directory.count(DirectoryFilter.none())).isEqualTo(2);

        Map<String, DirectoryEntry> byName = directory.find(DirectoryFilter.none(), 0, 10).stream()
                .collect(java.util.stream.Collectors.toMap(DirectoryEntry::displayName, e -> e));
        assertThat(byName.get("Bea Board").email()).isEqualTo(TestAccounts.BOARD.email()); // the account's
        assertThat(byName.get("Bea Board").phone()).isEqualTo("+32 470 12 34 56");
        assertThat(byName.get("Bintou Both").email()).isEqualTo("contact@teranga.example"); // the public one
        assertThat(byName.get("Bintou Both").sectors())
                .containsExactly(Sector.ENTREPRENEURSHIP_INVESTMENT, Sector.REMITTANCES);

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(AccountService.class).setEnabled(accounts.idOf(TestAccounts.BOTH), false);
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(names(DirectoryFilter.none())).containsExactly("Bea Board");
        assertThat(directory.skills()).containsExactly("GIS", "Public health");
    }

    @Test
    void theDirectoryFiltersBySkillLanguageCountrySectorAndText() {
        aSmallPool();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(names(new DirectoryFilter(null, "gis", null, null, null))).containsExactly("Bea Board");
        assertThat(names(new DirectoryFilter(null, " MICROFINANCE ", null, null, null)))
                .containsExactly("Bintou Both");
        assertThat(names(new DirectoryFilter(null, "Micro", null, null, null))).isEmpty(); // a whole skill
        assertThat(names(new DirectoryFilter(null, null, "wo", null, null))).containsExactly("Bintou Both");
        assertThat(names(new DirectoryFilter(null, null, "FR", null, null))).containsExactly("Bintou Both");
        assertThat(names(new DirectoryFilter(null, null, null, "rw", null))).containsExactly("Bea Board");
        assertThat(names(new DirectoryFilter(null, null, null, "LU", null))).containsExactly("Bintou Both");
        assertThat(names(new DirectoryFilter(null, null, null, "ML", null))).isEmpty();
        assertThat(names(new DirectoryFilter(null, null, null, null, Sector.REMITTANCES)))
                .containsExactly("Bintou Both");
        assertThat(names(new DirectoryFilter(null, null, null, null, Sector.YOUTH)))
                .isEmpty();
        assertThat(names(text("bintou"))).containsExactly("Bintou Both"); // name
        assertThat(names(text("public HEALTH"))).containsExactly("Bea Board"); // skill
        assertThat(names(text("cooperative"))).containsExactly("Bintou Both"); // bio
        assertThat(names(text("not listed"))).isEmpty(); // Moussa's bio: not in the pool
        assertThat(names(text("100%"))).containsExactly("Bintou Both");
        assertThat(names(text("%"))).containsExactly("Bintou Both"); // a literal percent sign, not a wildcard
        assertThat(names(text("_"))).isEmpty();
        assertThat(names(new DirectoryFilter("b", "gis", "rw", "BE", Sector.HEALTH)))
                .containsExactly("Bea Board");
        assertThat(names(new DirectoryFilter("bintou", "gis", null, null, null)))
                .isEmpty();
        assertThat(directory.count(new DirectoryFilter(null, null, "fr", null, null)))
                .isEqualTo(1);
    }

    @Test
    void theDirectoryTextAlsoFindsOtherFormsOfAWordThroughTheSearchIndex() {
        aSmallPool();
        org.passerelle.search.SearchProbe.settle(context);
        accounts.signIn(TestAccounts.MEMBER);
        // neither is a substring of what they wrote: the plural, and the accent
        assertThat(names(text("epidemiologists"))).containsExactly("Bea Board");
        assertThat(names(text("coopérative"))).containsExactly("Bintou Both");
        assertThat(directory.count(text("epidemiologists"))).isEqualTo(1);
        assertThat(names(text("Not listed"))).as("out of the pool: in neither").isEmpty();
    }

    @Test
    void theDirectoryIsPagedByName() {
        aSmallPool();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(directory.find(DirectoryFilter.none(), 0, 1))
                .extracting(DirectoryEntry::displayName)
                .containsExactly("Bea Board");
        assertThat(directory.find(DirectoryFilter.none(), 1, 1))
                .extracting(DirectoryEntry::displayName)
                .containsExactly("Bintou Both");
        assertThat(directory.find(DirectoryFilter.none(), 2, 1)).isEmpty();
        assertThat(directory.find(DirectoryFilter.none(), -5, 10_000)).hasSize(2); // bounded, not refused
    }

    @Test
    void optingOutRemovesThePersonFromTheDirectoryAtOnce() {
        aSmallPool();
        accounts.signIn(TestAccounts.BOARD);
        assertThat(names(DirectoryFilter.none())).contains("Bea Board");
        ProfileForm mine = profiles.mine().profile();
        profiles.saveMine(new ProfileForm(
                mine.languages(),
                mine.originCountries(),
                mine.workCountries(),
                mine.sectors(),
                mine.skills(),
                mine.bio(),
                mine.phone(),
                mine.contactEmail(),
                false));
        assertThat(names(DirectoryFilter.none())).containsExactly("Bintou Both");
        assertThat(names(new DirectoryFilter(null, "gis", null, null, null))).isEmpty();
        assertThat(directory.count(DirectoryFilter.none())).isEqualTo(1);
        assertThat(directory.skills()).doesNotContain("GIS");
        assertThat(profiles.mine().profile().skills()).containsExactly("GIS", "Public health"); // kept, not listed
    }

    @Test
    void anonymousCallersAreRefused() {
        aSmallPool();
        assertThatThrownBy(() -> directory.find(DirectoryFilter.none(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> directory.count(DirectoryFilter.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> directory.skills()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> profiles.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> profiles.saveMine(ProfileForm.empty()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void everyoneEditsOnlyTheirOwnProfileAdministratorsIncluded() {
        aSmallPool();
        saveAs(TestAccounts.ADMIN, profile().bio("Admin's own bio").inPool(false));
        assertThat(jdbc.queryForObject(
                        "select bio from person_profile where account_id = ?",
                        String.class,
                        accounts.idOf(TestAccounts.BOARD)))
                .startsWith("Epidemiologist");
        assertThat(jdbc.queryForObject(
                        "select bio from person_profile where account_id = ?",
                        String.class,
                        accounts.idOf(TestAccounts.ADMIN)))
                .isEqualTo("Admin's own bio");
        // the API offers no way to name another person: no public method takes an id
        assertThat(Arrays.stream(ProfileService.class.getDeclaredMethods())
                        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                        .flatMap(m -> Arrays.stream(m.getParameterTypes())))
                .containsOnly(ProfileForm.class);
    }

    @Test
    void joiningAndLeavingThePoolAreAudited() {
        long board = accounts.idOf(TestAccounts.BOARD);
        saveAs(TestAccounts.BOARD, profile().skills("GIS").inPool(true));
        saveAs(TestAccounts.BOARD, profile().skills("GIS", "Remote sensing").inPool(true)); // no change of pool
        saveAs(TestAccounts.BOARD, profile().inPool(false));
        saveAs(TestAccounts.MEMBER, profile().inPool(false)); // never in: nothing to audit
        assertThat(jdbc.queryForList("select action from audit_entry order by id", String.class))
                .containsExactly("people.expert-pool-joined", "people.expert-pool-left");
        assertThat(jdbc.queryForList("select actor_id, object_type, object_id from audit_entry order by id"))
                .allSatisfy(row -> {
                    assertThat(((Number) row.get("actor_id")).longValue()).isEqualTo(board);
                    assertThat(row.get("object_type")).isEqualTo("person");
                    assertThat(((Number) row.get("object_id")).longValue()).isEqualTo(board);
                });
    }

    private void assertRefused(ProfileFormBuilder form, String field, String key) {
        assertThatThrownBy(() -> profiles.saveMine(form.build()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more))
                .toList();
    }
}
