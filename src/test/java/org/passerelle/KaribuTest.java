package org.passerelle;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.security.LoginThrottle;
import org.passerelle.security.SignedInPerson;
import org.passerelle.security.ui.LanguageSelection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the browserless UI tests: the real views in the real Spring context (H2), routes discovered
 * once, the database reset to {@link TestAccounts} before each test, and sign-in/out helpers that set
 * both Spring Security's context and the faked request Vaadin's access control reads.
 */
@H2Test
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected LoginThrottle throttle;

    protected TestAccounts accounts;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.passerelle");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        accounts = new TestAccounts(context);
        accounts.reset();
        throttle.reset();
        MockVaadin.setMockRequestFactory(SpringSecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    /** Signs the person in and opens the home view in a new page, as after a real sign-in. */
    protected SignedInPerson signIn(TestAccounts.Person person) {
        var authentication = accounts.signIn(person);
        UI.getCurrent().getPage().reload(); // the first page after sign-in is a new one
        navigate("");
        return (SignedInPerson) authentication.getPrincipal();
    }

    protected void signOut() {
        TestAccounts.signOut();
    }

    /**
     * A faked request that, like Spring Security's request wrapper, reads the principal and roles from
     * the security context, so that Vaadin's access control sees who is signed in, also in UIs created
     * later (a page reload).
     */
    private static final class SpringSecurityAwareRequest extends FakeRequest {
        SpringSecurityAwareRequest(com.github.mvysny.fakeservlet.FakeHttpSession session) {
            super(session);
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.isAuthenticated() ? authentication : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null
                    && authentication.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    protected void navigate(String location, String queryParameter) {
        UI.getCurrent().navigate(location, QueryParameters.of(queryParameter, ""));
    }

    /** Chooses a language for this browser session and reloads, as the language switch does. */
    protected void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LanguageSelection.CHOSEN_ATTRIBUTE, Boolean.TRUE);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
