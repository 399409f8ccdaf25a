package org.passerelle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Known accounts for tests: the database is reset to exactly these before each test that asks. */
public final class TestAccounts {

    public static final String PASSWORD = "Correct-Horse-Battery-9";
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    public record Person(String email, String name, String language, Set<Role> roles, boolean enabled) {}

    public static final Person ADMIN =
            new Person("admin@test.example", "Ada Admin", "en", EnumSet.of(Role.ADMIN, Role.STAFF), true);
    public static final Person STAFF =
            new Person("staff@test.example", "Sam Staff", "en", EnumSet.of(Role.STAFF), true);
    public static final Person BOARD =
            new Person("board@test.example", "Bea Board", "en", EnumSet.of(Role.BOARD_MEMBER), true);
    public static final Person MEMBER =
            new Person("member@test.example", "Moussa Membre", "fr", EnumSet.of(Role.ASSOCIATION_MEMBER), true);
    public static final Person BOTH = new Person(
            "both@test.example", "Bintou Both", "en", EnumSet.of(Role.BOARD_MEMBER, Role.ASSOCIATION_MEMBER), true);
    public static final Person DISABLED =
            new Person("disabled@test.example", "Dani Disabled", "en", EnumSet.of(Role.ASSOCIATION_MEMBER), false);
    /** Signed in, but a member of nothing: what a stranger to a space can do. */
    public static final Person OUTSIDER =
            new Person("outsider@test.example", "Oumar Outsider", "en", EnumSet.of(Role.ASSOCIATION_MEMBER), true);

    public static final List<Person> ALL = List.of(ADMIN, STAFF, BOARD, MEMBER, BOTH, DISABLED, OUTSIDER);

    private final JdbcTemplate jdbc;
    private final ApplicationContext context;

    /**
     * Also makes the static security context holder use this application context's strategy: each test
     * context installs its own (Vaadin's), and the last one started would otherwise win.
     */
    public TestAccounts(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
    }

    /** Empties the database (every module's tables) and creates {@link #ALL}. */
    public void reset() {
        // the previous test's notifications are written after its commits, on their own thread
        org.passerelle.notifications.NotificationsProbe.settle(context);
        TestDatabase.clean(jdbc);
        for (Person person : ALL) {
            insert(person);
        }
    }

    /** Adds one more account (e.g. the demo people, for demo-data tests). */
    public void insert(Person person) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into account (email, display_name, password_hash, enabled, language, must_change_password,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, false, ?, ?, 0)",
                person.email(),
                person.name(),
                HASH,
                person.enabled(),
                person.language(),
                now,
                now);
        long id = idOf(person);
        for (Role role : person.roles()) {
            jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role.name());
        }
    }

    public long idOf(Person person) {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, person.email());
    }

    public SignedInPerson signedIn(Person person) {
        return new SignedInPerson(idOf(person), person.email(), person.name(), person.roles(), person.language());
    }

    /** Puts the person in Spring Security's context, as a sign-in would. */
    public UsernamePasswordAuthenticationToken signIn(Person person) {
        SignedInPerson principal = signedIn(person);
        var authorities = principal.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toList());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
