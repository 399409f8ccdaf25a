package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every main view, as the person who uses it, in English and in French, on a laptop (1280 px) and on a phone
 * (360 px): axe-core finds no serious or critical WCAG 2.1 A/AA violation, nothing spills sideways, the page's
 * {@code lang} is the interface's language, and no Vaadin component keeps an English text in French. Pages with
 * an id are found by following the links a person would follow from the lists (the demo data's calls, spaces,
 * proposals, ballots, sessions, associations and documents). Each person's language is put back at the end.
 */
class AccessibilityJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";
    private static final int[] WIDTHS = {1280, 360};

    @Test
    void everyMainViewInBothLanguagesAtLaptopAndPhoneWidths() throws Exception {
        PackagedApp app = PackagedApp.get();
        List<String> problems = new ArrayList<>();
        // an administrator (and staff member): the staff and administration views, and a document page (one is
        // uploaded to a space first: the demo data has none until other journeys add theirs)
        java.nio.file.Path letter = java.nio.file.Files.write(
                java.nio.file.Files.createTempDirectory("passerelle-a11y").resolve("support-letter.docx"),
                org.passerelle.documents.TestFiles.docx(org.passerelle.documents.TestFiles.ENGLISH));
        check(
                app,
                "admin@passerelle.demo",
                browser -> {
                    browser.go("/spaces");
                    browser.waitForPage();
                    for (String space : browser.linkPaths("/spaces/\\d+")) {
                        browser.go(space);
                        browser.waitForPage();
                        if (browser.showsVisible("vaadin-upload")) {
                            break;
                        }
                    }
                    browser.upload(letter);
                    browser.waitForText("support-letter.docx");
                },
                List.of(
                        "/",
                        "/pipeline",
                        "/triage",
                        "/moderation",
                        "/voting/ballots",
                        "/calls",
                        "/spaces",
                        "/associations",
                        "/sessions",
                        "/accounts",
                        "/outgoing-mail",
                        "/directory",
                        "/notifications",
                        "/search?q=solar",
                        "/profile"),
                List.of(
                        "/calls/\\d+",
                        "/spaces/\\d+",
                        "/spaces/\\d+/sessions",
                        "/associations/\\d+",
                        "/sessions/\\d+",
                        "/proposals/\\d+"),
                problems);
        // a board member
        check(
                app,
                "board2@passerelle.demo",
                browser -> {},
                List.of("/", "/voting/awaiting", "/my-spaces", "/my-actions", "/people/me", "/search?q=solar"),
                List.of("/spaces/\\d+", "/proposals/\\d+"),
                problems);
        // an association member
        check(
                app,
                "member@passerelle.demo",
                browser -> {},
                List.of("/", "/my-proposals", "/my-associations", "/calls", "/search?q=solar"),
                List.of("/proposals/\\d+", "/calls/\\d+"),
                problems);
        try (Browser visitor = Browser.open(app)) {
            for (int width : WIDTHS) {
                visitor.resize(width, 900);
                visitor.go("/login");
                visitor.waitForText("Passerelle");
                inspect(visitor, "visitor", "/login", width, visitor.pageLanguage(), problems);
                visitor.go("/outcomes"); // the public outcomes page, without signing in
                visitor.waitForPage();
                inspect(visitor, "visitor", "/outcomes", width, visitor.pageLanguage(), problems);
            }
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "accessibility-problems.txt"), problems);
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /**
     * Signs in, visits the fixed paths and then the first page of each pattern found among their links, in both
     * languages and at both widths, and gives the person's language back.
     */
    private void check(
            PackagedApp app,
            String email,
            java.util.function.Consumer<Browser> prepare,
            List<String> paths,
            List<String> patterns,
            List<String> problems)
            throws Exception {
        try (Browser browser = Browser.open(app)) {
            browser.signIn(email, PASSWORD);
            browser.waitForPage();
            prepare.accept(browser);
            String original = browser.pageLanguage();
            Set<String> pages = new LinkedHashSet<>(paths);
            for (String path : paths) {
                browser.go(path);
                browser.waitForPage();
                for (String pattern : patterns) {
                    browser.linkPaths(pattern).stream().findFirst().ifPresent(pages::add);
                }
            }
            for (String pattern : patterns) {
                if (pages.stream().noneMatch(p -> p.matches(pattern))) {
                    // one step further: e.g. a document is linked from a proposal found above
                    for (String page : List.copyOf(pages)) {
                        browser.go(page);
                        browser.waitForPage();
                        List<String> found = browser.linkPaths(pattern);
                        if (!found.isEmpty()) {
                            pages.add(found.getFirst());
                            break;
                        }
                    }
                }
                if (pages.stream().noneMatch(p -> p.matches(pattern))) {
                    problems.add(email + ": no page found for " + pattern);
                }
            }
            // the editor of the member's first proposal (a button leads there, not a link)
            pages.stream()
                    .filter(p -> p.matches("/proposals/\\d+"))
                    .findFirst()
                    .map(proposal -> proposal + "/edit")
                    .filter(p -> email.startsWith("member"))
                    .ifPresent(pages::add);
            // a call's proposals have no link of their own yet (the journey issue's dead end): by address
            pages.stream()
                    .filter(p -> p.matches("/calls/\\d+"))
                    .findFirst()
                    .map(call -> call + "/proposals")
                    .filter(p -> email.startsWith("admin"))
                    .ifPresent(pages::add);
            // ballots and documents exist only once other journeys (or people) made them: checked when present
            for (String optional : List.of("/voting/ballots/\\d+", "/documents/\\d+")) {
                for (String page : List.copyOf(pages)) {
                    if (pages.stream().anyMatch(p -> p.matches(optional))) {
                        break;
                    }
                    browser.go(page);
                    browser.waitForPage();
                    browser.linkPaths(optional).stream().findFirst().ifPresent(pages::add);
                }
            }
            if (email.startsWith("admin") && pages.stream().noneMatch(p -> p.matches("/documents/\\d+"))) {
                problems.add(email + ": the uploaded document's page was not found");
            }
            try {
                for (String language : List.of("en", "fr")) {
                    browser.resize(1280, 900); // the language switch sits in the drawer, open on a laptop
                    switchTo(browser, language);
                    for (int width : WIDTHS) {
                        browser.resize(width, 900);
                        for (String page : pages) {
                            browser.go(page);
                            browser.waitForPage();
                            inspect(browser, email, page, width, language, problems);
                        }
                    }
                }
            } finally {
                java.nio.file.Files.write(java.nio.file.Path.of("target", "accessibility-problems.txt"), problems);
                browser.resize(1280, 900);
                switchTo(browser, original);
            }
        }
    }

    private static void switchTo(Browser browser, String language) {
        browser.go("/");
        browser.waitForPage();
        if (!browser.pageLanguage().equals(language)) {
            browser.choose(
                    browser.pageLanguage().equals("fr") ? "Langue" : "Language",
                    language.equals("fr") ? "Français" : "English");
            browser.waitForPageLanguage(language);
            browser.waitForPage();
        }
        assertThat(browser.pageLanguage()).isEqualTo(language);
    }

    private static void inspect(
            Browser browser, String who, String page, int width, String language, List<String> problems) {
        String where = who + " " + page + " " + language + " " + width + "px: ";
        if (!browser.pageLanguage().equals(language)) {
            problems.add(where + "<html lang=" + browser.pageLanguage() + ">");
        }
        browser.accessibilityViolations().forEach(v -> problems.add(where + v));
        browser.horizontalOverflow().forEach(o -> problems.add(where + "overflow: " + o));
        if (language.equals("fr")) {
            browser.englishComponentTexts().forEach(t -> problems.add(where + "English component text: " + t));
        }
    }
}
