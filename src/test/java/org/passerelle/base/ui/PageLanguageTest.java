package org.passerelle.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.security.ui.LanguageSwitch;

/** The page's {@code <html lang>} follows the UI's language; the language options speak their own. */
class PageLanguageTest extends KaribuTest {

    private static final String SET_LANG = "document.documentElement.lang = $0";

    @Test
    void thePageFollowsAChangeOfLanguageInPlace() {
        // (a new page's first language is sent while the page opens: the browser journey checks it)
        signIn(TestAccounts.MEMBER);
        languagesSent();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(languagesSent()).containsExactly("en");

        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(languagesSent()).containsExactly("fr");

        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(languagesSent()).isEmpty();
    }

    @Test
    void eachLanguageOptionIsMarkedWithItsOwnLanguage() {
        signIn(TestAccounts.BOARD);
        LanguageSwitch languages = _find(LanguageSwitch.class).getFirst();
        // the select creates its items only when the browser opens it: its renderer makes them
        List<String> options = List.of(Locale.ENGLISH, Locale.FRENCH).stream()
                .map(language -> languages.getItemRenderer().createComponent(language))
                .map(option -> option.getElement().getAttribute("lang") + ":"
                        + option.getElement().getText())
                .toList();
        assertThat(options).containsExactlyInAnyOrder("en:English", "fr:Français");
    }

    /** The languages the server has told the browser to set since the last call (the pending scripts). */
    private static List<String> languagesSent() {
        UI ui = UI.getCurrent();
        MockVaadin.runUIQueue(); // the page's language is set in the UI's access queue
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation())
                .filter(invocation -> invocation.getExpression().contains(SET_LANG))
                .map(invocation -> String.valueOf(invocation.getParameters().getFirst()))
                .toList();
    }
}
