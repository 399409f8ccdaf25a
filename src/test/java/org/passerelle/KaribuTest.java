package org.passerelle;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.security.LoginThrottle;
import org.passerelle.security.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
        accounts = new TestAccounts(jdbc);
        accounts.reset();
        throttle.reset();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    /** Signs the person in and opens the home view. */
    protected SignedInPerson signIn(TestAccounts.Person person) {
        var authentication = accounts.signIn(person);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag(person.language()));
        UI.getCurrent().setLocale(Locale.forLanguageTag(person.language()));
        navigate("");
        return (SignedInPerson) authentication.getPrincipal();
    }

    protected void signOut() {
        TestAccounts.signOut();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Switches the whole session to a language, as the language switch followed by its page reload does. */
    protected void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}
