package org.passerelle.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with helpers for Vaadin components (found by their
 * label or text, as a person finds them). Without Chromium the journeys are skipped, except in CI, where
 * that is a failure.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final String baseUrl;
    private final WebDriverWait wait;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("passerelle-chromium"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Browser open(PackagedApp app) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Browser journeys need Chromium: apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new Browser(app.baseUrl);
    }

    /** Waits for the condition; on time-out, says what the page showed, to make a failure readable. */
    private <T> T until(java.util.function.Function<WebDriver, T> condition) {
        try {
            return wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            Object fields = ((JavascriptExecutor) driver)
                    .executeScript("return Array.from(document.querySelectorAll('*'))"
                            + ".filter(e => e.localName.startsWith('vaadin-') && typeof e.label === 'string')"
                            + ".map(e => e.localName + '[' + e.label + (e.checkVisibility() ? '' : ', hidden') + ']')"
                            + ".join(' ')");
            throw new AssertionError(
                    "Timed out at " + driver.getCurrentUrl() + "; the page showed: " + pageText() + "; console errors: "
                            + consoleLog()
                                    .lines()
                                    .filter(l -> l.startsWith("SEVERE"))
                                    .toList() + "; fields: "
                            + fields,
                    timeout);
        }
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in through the login form. */
    void signIn(String email, String password) {
        go("/login");
        WebElement user = until(d -> visible(d, "vaadin-login-form input[name='username']"));
        user.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
    }

    /** Waits up to this long until the page shows this text this many times (e.g. the state of each of two files). */
    void waitForText(String text, int times, Duration atMost) {
        try {
            new WebDriverWait(driver, atMost)
                    .until(d -> pageText().split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError(
                    "Timed out waiting for " + times + " × \"" + text + "\"; the page showed: " + pageText(), timeout);
        }
    }

    /** The address (path) of the link whose accessible label ends with this text. */
    String pathOfLinkLabelled(String labelEnd) {
        Object href = until(d -> ((JavascriptExecutor) d)
                .executeScript(
                        "const a = Array.from(document.querySelectorAll('a[aria-label]'))"
                                + ".find(a => a.getAttribute('aria-label').endsWith(arguments[0]));"
                                + " return a ? a.href : null;",
                        labelEnd));
        return java.net.URI.create(href.toString()).getPath();
    }

    /**
     * Chooses an action (e.g. "hide") of the thread message showing this text, as a person does: opens the
     * message's one actions menu, then picks the entry.
     */
    void clickMessageAction(String messageText, String action) {
        WebElement menuButton = found(
                "const m = Array.from(document.querySelectorAll('.thread-message'))"
                        + ".find(e => e.textContent.includes(arguments[0]));"
                        + " return m ? m.querySelector('.thread-actions-button') : null;",
                messageText);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menuButton);
        menuButton.click();
        WebElement entry = until(d -> ((JavascriptExecutor) d)
                                .executeScript(
                                        "const wanted = arguments[0];"
                                                + " function find(root){for(const e of root.querySelectorAll('*')){"
                                                + "if(e.localName==='vaadin-context-menu-item'&&e.classList.contains(wanted)"
                                                + "&&e.checkVisibility()){return e;}"
                                                + "if(e.shadowRoot){const f=find(e.shadowRoot);if(f){return f;}}}return null;}"
                                                + " return find(document);",
                                        "thread-action-" + action)
                        instanceof WebElement found
                ? found
                : null);
        entry.click();
    }

    /** Gives these files to the first visible vaadin-upload, as a person choosing several files at once. */
    void upload(Path... files) {
        WebElement input = until(d -> ((JavascriptExecutor) d)
                                .executeScript(
                                        "const u = Array.from(document.querySelectorAll('vaadin-upload')).find(e => e.checkVisibility());"
                                                + " if (!u) return null;"
                                                + " return u.querySelector('input[type=file]')"
                                                + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]')) || null;")
                        instanceof WebElement found
                ? found
                : null);
        input.sendKeys(String.join(
                "\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
    }

    /** The attribute of the first element matching the CSS selector (null when there is none). */
    String attribute(String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream()
                .findFirst()
                .map(element -> element.getAttribute(name))
                .orElse(null);
    }

    /** Waits until the first element matching the CSS selector has this attribute value (e.g. a live label). */
    void waitForAttribute(String css, String name, String value) {
        try {
            until(d -> value.equals(attribute(css, name)));
        } catch (AssertionError timeout) {
            throw new AssertionError(
                    "Timed out waiting for " + css + " [" + name + "=\"" + value + "\"]; it is \""
                            + attribute(css, name) + "\"",
                    timeout);
        }
    }

    /** Waits until the page shows this text somewhere (shadow roots included). */
    void waitForText(String text) {
        until(d -> pageText().contains(text));
    }

    boolean showsText(String text) {
        return pageText().contains(text);
    }

    /** The visible text of the page, including Vaadin components' shadow roots. */
    String pageText() {
        Object text = ((JavascriptExecutor) driver)
                .executeScript("function t(n){let s='';if(n.shadowRoot){s+=t(n.shadowRoot);}"
                        + "for(const c of n.childNodes){if(c.nodeType===3){s+=c.textContent+' ';}else if(c.nodeType===1){s+=t(c);}}return s;}"
                        + "return t(document.body);");
        return text == null ? "" : text.toString().replaceAll("\\s+", " ");
    }

    /** Waits until the script (given one argument) finds an element, and returns it. */
    private WebElement found(String script, Object argument) {
        return until(d -> ((JavascriptExecutor) d).executeScript(script, argument) instanceof WebElement element
                ? element
                : null);
    }

    /** Brings the element to the middle of the screen and clicks it once nothing covers it. */
    private void scrollAndClick(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        clickWhenUncovered(element);
    }

    /** Clicks what the script finds (a link, a menu item, a grid row) and waits for the address to change. */
    private void follow(String script, Object argument) {
        String before = driver.getCurrentUrl();
        scrollAndClick(found(script, argument));
        until(d -> !d.getCurrentUrl().equals(before));
    }

    /** Clicks the first visible Vaadin button showing this text. */
    void clickButton(String text) {
        WebElement button = found(
                "return Array.from(document.querySelectorAll('vaadin-button')).find(b =>"
                        + " b.checkVisibility() && b.textContent.trim() === arguments[0]) || null;",
                text);
        scrollAndClick(button);
    }

    /**
     * Clicks as a person would once nothing covers the element: a notification toast lying over it (as after an
     * upload) goes away after a few seconds, so the click is tried again until then.
     */
    private void clickWhenUncovered(WebElement element) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                if (System.nanoTime() > end) {
                    throw covered;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw covered;
                }
            }
        }
    }

    /**
     * Clicks the button showing this text in the open dialog: the page behind a modal dialog may show a
     * button with the same text (the one that opened it), which a person cannot reach while it is open.
     */
    void clickDialogButton(String text) {
        WebElement button = found(
                "return Array.from(document.querySelectorAll('vaadin-button')).find(b =>"
                        + " b.checkVisibility() && b.textContent.trim() === arguments[0]"
                        + " && b.closest('vaadin-dialog, vaadin-dialog-overlay')) || null;",
                text);
        button.click();
    }

    /** Whether a visible Vaadin button shows this text now. */
    boolean showsButton(String text) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-button')).some(b =>"
                                + " b.checkVisibility() && b.textContent.trim() === arguments[0]);",
                        text));
    }

    /** Follows the first visible link showing this text (grid cells included), and waits for the address to change. */
    void clickLink(String text) {
        follow(
                "return Array.from(document.querySelectorAll('a')).find(a =>"
                        + " a.checkVisibility() && a.textContent.trim() === arguments[0]) || null;",
                text);
    }

    /** Opens a page from the side navigation by its label, as a person does (no typed address). */
    void openMenu(String label) {
        follow(
                "return Array.from(document.querySelectorAll('vaadin-side-nav-item')).find(i =>"
                        + " i.checkVisibility() && i.textContent.trim() === arguments[0]) || null;",
                label);
    }

    /** Opens the row of a grid (or its card on a phone) showing this text in a cell, and waits for the address to change. */
    void clickGridRow(String text) {
        follow(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).find(c =>"
                        + " c.checkVisibility() && c.textContent.trim().startsWith(arguments[0])) || null;",
                text);
    }

    /** The visible text of the page section (e.g. a home block) with this accessible label; empty when absent. */
    String sectionText(String label) {
        Object text = ((JavascriptExecutor) driver)
                .executeScript(
                        "const s = Array.from(document.querySelectorAll('section[aria-label]'))"
                                + ".find(s => s.getAttribute('aria-label') === arguments[0]);"
                                + " return s ? s.innerText : '';",
                        label);
        return text == null ? "" : text.toString();
    }

    /** Waits until the section with this label shows, and no longer contains this text (a live update). */
    void waitForSectionWithout(String label, String text) {
        until(d -> !sectionText(label).isEmpty() && !sectionText(label).contains(text));
    }

    /** Follows the link whose accessible label ends with this text (e.g. a space's card), and waits for the address to change. */
    void clickLinkLabelled(String labelEnd) {
        follow(
                "return Array.from(document.querySelectorAll('a[aria-label]')).find(a =>"
                        + " a.checkVisibility() && a.getAttribute('aria-label').endsWith(arguments[0])) || null;",
                labelEnd);
    }

    /** Waits until the address's path is this one (after a button that navigates). */
    void waitForPath(String path) {
        until(d -> path.equals(currentPath()));
    }

    /** Types into the Vaadin text field, text area or password field with this label. */
    void type(String label, String value) {
        WebElement input = until(d -> field(label));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        try {
            input.clear();
            input.sendKeys(value);
        } catch (org.openqa.selenium.ElementNotInteractableException notInteractable) {
            saveScreenshot("not-interactable");
            throw notInteractable;
        }
    }

    /**
     * Types where the keyboard is, as a person does after a button moved the focus, once the focus is in the
     * field with this label (fails otherwise).
     */
    void typeWhereFocused(String label, String value) {
        WebElement input = until(d -> {
            WebElement wanted = field(label);
            return wanted != null && wanted.equals(d.switchTo().activeElement()) ? wanted : null;
        });
        driver.switchTo().activeElement().sendKeys(value);
        until(d -> value.equals(input.getDomProperty("value")) ? Boolean.TRUE : null);
    }

    /** Waits until the page no longer shows this text. */
    void waitForTextGone(String text) {
        until(d -> pageText().contains(text) ? null : Boolean.TRUE);
    }

    /** Types into a field with this label and leaves it (Tab), as a person moving to the next field. */
    void typeAndLeave(String label, String value) {
        type(label, value);
        until(d -> field(label)).sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /**
     * What axe-core finds wrong with the page as shown (WCAG 2.1 A and AA rules, serious and critical impacts),
     * one line per rule and element; empty when nothing.
     */
    java.util.List<String> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            try (java.io.InputStream axe = Browser.class.getResourceAsStream("/axe.min.js")) {
                js.executeScript(new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ')"
                + " + ' — ' + n.failureSummary.replace(/\\s+/g, ' ')"
                + " + [...n.any, ...n.all, ...n.none].flatMap(c => c.relatedNodes || [])"
                + ".map(r => ' [' + r.target.join(' ') + ': ' + r.html.slice(0, 120) + ']').join('')))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        if (!(found instanceof java.util.List<?> list)) {
            throw new AssertionError("axe-core gave no answer: " + found);
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** The browser console's messages so far (errors of the page's scripts), for a failure's diagnosis. */
    String consoleLog() {
        return driver.manage().logs().get("browser").getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Saves what the browser shows under target/, for a failure's diagnosis. */
    void saveScreenshot(String name) {
        try {
            Path file = Path.of("target", "browser-" + name + "-" + System.currentTimeMillis() + ".png");
            Files.write(
                    file,
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException ignored) {
            // a diagnosis aid only
        }
    }

    /** Chooses an item of a vaadin-select (by the select's aria-label or label) by its text. */
    void choose(String selectLabel, String item) {
        WebElement select = until(d -> d.findElements(By.cssSelector("vaadin-select")).stream()
                .filter(s -> selectLabel.equals(s.getAttribute("aria-label"))
                        || selectLabel.equals(s.getAttribute("label"))
                        || selectLabel.equals(s.getDomProperty("label"))
                        || selectLabel.equals(s.getDomProperty("accessibleName")))
                .findFirst()
                .orElse(null));
        select.click();
        WebElement option = until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(o -> item.equals(o.getAttribute("label")))
                .findFirst()
                .orElse(null));
        option.click();
    }

    /** Picks an item of a vaadin-combo-box with this label by typing and choosing the item showing the text. */
    void pick(String comboLabel, String search, String itemText) {
        WebElement combo =
                until(d -> d.findElements(By.cssSelector("vaadin-combo-box, vaadin-multi-select-combo-box")).stream()
                        .filter(c -> comboLabel.equals(c.getDomProperty("label")))
                        .findFirst()
                        .orElse(null));
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.sendKeys(search);
        WebElement item = until(d ->
                d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(i -> i.getText().contains(itemText))
                        .findFirst()
                        .orElse(null));
        item.click();
        if (combo.getTagName().equals("vaadin-multi-select-combo-box")) {
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE); // a multi-select stays open for more choices
            until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .noneMatch(WebElement::isDisplayed));
        }
    }

    /**
     * Sets the date of the date picker with this label (ISO date) as its own calendar would: through the
     * component's value, which the page sends to the server like a pick in the overlay.
     */
    void setDate(String label, String isoDate) {
        until(d -> field(label));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const f = Array.from(document.querySelectorAll('vaadin-date-picker'))"
                                + ".find(e => e.label === arguments[0]); f.value = arguments[1];"
                                + " f.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        label,
                        isoDate);
    }

    /** Clicks a radio button (vaadin-radio-button) by its label text. */
    void chooseRadio(String label) {
        WebElement radio = until(d -> d.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(WebElement::isDisplayed)
                .filter(r -> r.getText().trim().equals(label))
                .findFirst()
                .orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.findElement(By.cssSelector("input")).click();
    }

    /** The page's language as a screen reader takes it: {@code <html lang>}. */
    String pageLanguage() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"));
    }

    /** Waits until the page's {@code <html lang>} is this language (it is set again when the UI starts). */
    void waitForPageLanguage(String language) {
        try {
            until(d -> language.equals(pageLanguage()));
        } catch (AssertionError timeout) {
            throw new AssertionError("The page's language stayed \"" + pageLanguage() + "\", not " + language, timeout);
        }
    }

    String currentPath() {
        return URI(driver.getCurrentUrl());
    }

    private static String URI(String url) {
        return java.net.URI.create(url).getPath();
    }

    /** The input inside the visible Vaadin field with this label (its label property, shadow DOM aside). */
    private WebElement field(String label) {
        Object input = ((JavascriptExecutor) driver)
                .executeScript(
                        "const f = Array.from(document.querySelectorAll('vaadin-text-field, vaadin-text-area,"
                                + " vaadin-password-field, vaadin-email-field, vaadin-big-decimal-field,"
                                + " vaadin-date-picker')).find(e => e.label === arguments[0] && e.checkVisibility());"
                                + " return f ? f.inputElement : null;",
                        label);
        return input instanceof WebElement element ? element : null;
    }

    private static WebElement visible(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null);
    }

    /** Gives the window this size, as a phone (360) or a laptop (1280) would show the page. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Waits until the page is shown and settled: its title (the shell's h1) is set and Vaadin has no request running. */
    void waitForPage() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "const h = document.getElementById('passerelle-page-title') || document.querySelector('h1');"
                                + " const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                + " const busy = clients && Object.values(clients).some(c => c.isActive && c.isActive());"
                                + " return !!h && h.textContent.trim().length > 0 && !busy;")));
    }

    /** The paths of the links on the page (shadow roots included) whose path matches this expression. */
    java.util.List<String> linkPaths(String pathRegex) {
        Object hrefs = ((JavascriptExecutor) driver)
                .executeScript("const out = []; function w(n){ if (n.shadowRoot) { w(n.shadowRoot); }"
                        + " for (const c of n.children || []) { if (typeof c.href === 'string' && c.href) { out.push(c.href); } w(c); } }"
                        + " w(document.body); return out;");
        if (!(hrefs instanceof java.util.List<?> list)) {
            return java.util.List.of();
        }
        return list.stream()
                .map(h -> java.net.URI.create(h.toString()).getPath())
                .filter(path -> path != null && path.matches(pathRegex))
                .distinct()
                .toList();
    }

    /**
     * What spills out of the window sideways: the document wider than the window, or a visible element reaching
     * past its right edge that no scrolling or clipping ancestor holds in (one line each, at most ten).
     */
    java.util.List<String> horizontalOverflow() {
        Object found = ((JavascriptExecutor) driver)
                .executeScript("const W = document.documentElement.clientWidth; const out = [];"
                        + " if (document.documentElement.scrollWidth > W + 1) {"
                        + "   out.push('document ' + document.documentElement.scrollWidth + ' > ' + W); }"
                        + " function parentOf(e) { return e.assignedSlot || e.parentElement"
                        + "   || (e.getRootNode() && e.getRootNode().host) || null; }"
                        + " const layout = document.querySelector('vaadin-app-layout');"
                        + " const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part=content]');"
                        + " if (content && content.scrollWidth > content.clientWidth + 1) {"
                        + "   out.push('page content ' + content.scrollWidth + ' > ' + content.clientWidth); }"
                        // the content area's right edge, its vertical scroll bar aside
                        + " const right = content ? content.getBoundingClientRect().left + content.clientWidth : W;"
                        // only a component's own scroller or clip (a grid, a code block) holds an element in; the
                        // shell's scrolling content area does not: a page that scrolls sideways there spills
                        + " function held(e) { for (let p = parentOf(e); p && p !== document.documentElement"
                        + "   && p.id !== 'passerelle-main' && p.localName !== 'vaadin-app-layout';"
                        + "   p = parentOf(p)) { const ox = getComputedStyle(p).overflowX;"
                        + "   if (ox !== 'visible' && p.getBoundingClientRect().right <= right + 1) { return true; } }"
                        + "   return false; }"
                        + " function name(e) { return e.localName + (e.id ? '#' + e.id : '')"
                        + "   + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + "   + ' \\u201c' + (e.textContent || '').trim().slice(0, 40) + '\\u201d'; }"
                        // the whole page against the window; the view against the content area (scroll bar aside)
                        + " function walk(root, edge) { for (const e of root.querySelectorAll('*')) {"
                        + "   if (out.length >= 10) { return; } if (e.shadowRoot) { walk(e.shadowRoot, edge); }"
                        + "   const r = e.getBoundingClientRect();"
                        + "   if (r.width > 0 && r.height > 0 && r.right > edge + 1 && r.left < edge && e.checkVisibility()"
                        + "     && !held(e)) { out.push(name(e) + ' reaches ' + Math.round(r.right) + ' > ' + Math.round(edge)); } } }"
                        + " walk(document, W); const main = document.getElementById('passerelle-main');"
                        + " if (main) { walk(main, right); } return out;");
        if (!(found instanceof java.util.List<?> list)) {
            return java.util.List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    /**
     * English texts left in the Vaadin components of a French page: the string values of every component's
     * {@code i18n} object (shadow roots included) that are words of Vaadin's English defaults.
     */
    java.util.List<String> englishComponentTexts() {
        Object found = ((JavascriptExecutor) driver)
                .executeScript("const english = /\\b(Today|Cancel|Week|Show password|Hide password|Sort|Drop files?"
                        + "|Upload files?|Remove|Retry|Clear|Select|Close|Open|Show more|Expand|Collapse|January|Monday"
                        + "|Connection lost|Reconnecting|Online|Offline|Previous|Next)\\b/;"
                        + " const out = [];"
                        + " function strings(v, path) { if (typeof v === 'string') { if (english.test(v)) { out.push(path + '=' + v); } }"
                        + "   else if (Array.isArray(v)) { v.forEach((x, i) => strings(x, path + '[' + i + ']')); }"
                        + "   else if (v && typeof v === 'object') { for (const k of Object.keys(v)) { strings(v[k], path + '.' + k); } } }"
                        + " function walk(root) { for (const e of root.querySelectorAll('*')) { if (e.shadowRoot) { walk(e.shadowRoot); }"
                        + "   if (e.localName.startsWith('vaadin-') && e.i18n && e.checkVisibility()) { strings(e.i18n, e.localName + '.i18n'); } } }"
                        + " walk(document); return out.slice(0, 20);");
        if (!(found instanceof java.util.List<?> list)) {
            return java.util.List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** Whether an element matching the CSS selector is visible now. */
    boolean showsVisible(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0])).some(e => e.checkVisibility());",
                        css));
    }

    /** Presses a key where the focus is, as a keyboard user would. */
    void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /**
     * What has the focus, looked up through shadow roots: its tag, its text or accessible name, and the label of
     * the Vaadin field it belongs to (e.g. {@code "textarea|Message|vaadin-text-area"}).
     */
    String focused() {
        Object found = ((JavascriptExecutor) driver)
                .executeScript(
                        "let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) {"
                                + " a = a.shadowRoot.activeElement; } if (!a) { return ''; }"
                                + " const host = a.closest('vaadin-text-area, vaadin-text-field, vaadin-button, a, vaadin-side-nav-item')"
                                + "   || (a.getRootNode() && a.getRootNode().host) || a;"
                                + " const name = (host.getAttribute && (host.getAttribute('aria-label') || host.label)) || host.textContent || '';"
                                + " return a.localName + '|' + name.trim().replace(/\\s+/g, ' ').slice(0, 60) + '|' + host.localName;");
        return found == null ? "" : found.toString();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
