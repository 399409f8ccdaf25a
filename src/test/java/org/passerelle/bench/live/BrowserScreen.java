package org.passerelle.bench.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One real headless Chromium on the same thread, to check the benchmark's clients against a browser: the push
 * frames it receives (from Chrome's DevTools network log) and the moment each posted text is in its page (a
 * MutationObserver records the wall-clock time).
 */
final class BrowserScreen implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final List<String> frames = new ArrayList<>();

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    BrowserScreen() throws Exception {
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
                "--user-data-dir=" + Files.createTempDirectory("passerelle-live-chromium"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    void signInAndOpen(String base, String email, String password, String route) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(base + "/login");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                .isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(base + "/" + route);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-virtual-list")).isEmpty());
        ((JavascriptExecutor) driver)
                .executeScript("window.__seen = {}; window.__watch = [];"
                        + "new MutationObserver(() => { const t = document.body.textContent;"
                        + " for (const w of window.__watch) { if (!window.__seen[w] && t.includes(w))"
                        + " window.__seen[w] = performance.timeOrigin + performance.now(); } })"
                        + ".observe(document.body, {subtree: true, childList: true, characterData: true});");
        readFrames();
        frames.clear();
    }

    void watch(String text) {
        ((JavascriptExecutor) driver).executeScript("window.__watch.push(arguments[0])", text);
    }

    /** As a reader at the end of the thread: the list scrolled to its last message. */
    void scrollToEnd() throws InterruptedException {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const l = document.querySelector('vaadin-virtual-list[id$=\"-messages\"]'); l.scrollToIndex(l.items ? l.items.length - 1 : 1e6);");
        Thread.sleep(500);
    }

    /** Wall-clock milliseconds when the text was in the page, or -1. */
    double seenAt(String text) {
        Object at = ((JavascriptExecutor) driver).executeScript("return window.__seen[arguments[0]] || -1", text);
        return ((Number) at).doubleValue();
    }

    /** The push message (Atmosphere's length prefix removed) the browser received with this text, or null. */
    String pushCarrying(String text) {
        readFrames();
        return frames.stream()
                .filter(f -> f.contains(text))
                .map(f -> f.substring(f.indexOf('|') + 1))
                .findFirst()
                .orElse(null);
    }

    private void readFrames() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (!message.contains("Network.webSocketFrameReceived")) {
                continue;
            }
            JsonNode params = JSON.readTree(message).path("message").path("params");
            frames.add(params.path("response").path("payloadData").asString(""));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
