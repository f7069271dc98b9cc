package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headless Debian chromium driving the web interface of the running server. Waits are explicit and generous: the
 * build machine is small and busy, so nothing assumes a page is ready before it says so.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ui.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ui.chromedriver", "/usr/bin/chromedriver");
    static final int PHONE = 390;
    static final int DESKTOP = 1366;

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
        // a screen redrawn between finding an element and using it is retried, not failed
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Skips the calling test, with the reason, where Debian's chromium or chromedriver is not installed. */
    static Browser open(int width) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "browser tests skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        Api.awaitReady();
        try {
            Path profile = Files.createTempDirectory("ui-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + ",900",
                    "--lang=zh-CN");
            // the console, where chromium reports each Content-Security-Policy violation
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (width == PHONE) {
                // A headless window is at least 500 px wide: chromedriver emulates the phone's viewport instead.
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", PHONE, "height", 844, "pixelRatio", 1.0)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser go(String path) {
        driver.get(Api.BASE + path);
        return this;
    }

    /** The visible element, once the screen has finished drawing (the app clears aria-busy on #view then). */
    WebElement find(String css) {
        wait.until(d -> d.findElements(By.cssSelector("#view[aria-busy='true']")).isEmpty());
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks, trying again if the screen was redrawn between finding the element and clicking it. */
    void click(String css) {
        find(css);
        wait.until(d -> {
            WebElement e = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (e == null) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Clicks the link or button inside {@code scope} whose text contains {@code text}. */
    void clickText(String scope, String text) {
        By by = By.xpath("//*[@id='" + scope + "']//*[self::a or self::button][contains(normalize-space(.), '" + text + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(String css, String text) {
        find(css);
        wait.until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            e.clear();
            e.sendKeys(text);
            return true;
        });
    }

    /** Sets date and time inputs, whose typed format depends on the browser's locale. */
    void set(String css, String value) {
        driver.executeScript("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", css, value);
    }

    /** Waits until the condition holds, such as a list narrowed after typing, and names it on timeout. */
    void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                .withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** Waits until the element shows the text and returns its whole text. */
    String waitText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css).getText();
    }

    /** Reloads until the element shows the text: for data the server applies a moment after it answered. */
    void waitAfterReload(String css, String text) {
        wait.until(d -> {
            d.navigate().refresh();
            return new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)))
                    .getText().contains(text);
        });
    }

    void waitGone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    void login(String user) {
        go("/");
        type("#f-username", user);
        type("#f-password", Api.PASSWORD);
        click("#login-form [type=submit]");
        find("#logout");
        waitGone("#login-form");
    }

    void elder(boolean on) {
        if (isElder() != on) {
            click("#elder-toggle");
        }
        wait.until(d -> isElder() == on);
    }

    boolean isElder() {
        return Boolean.TRUE.equals(driver.executeScript("return document.documentElement.classList.contains('elder')"));
    }

    void english(boolean on) {
        if (isEnglish() != on) {
            click("#lang-toggle");
        }
        wait.until(d -> isEnglish() == on);
    }

    boolean isEnglish() {
        return "en".equals(driver.executeScript("return document.documentElement.lang"));
    }

    /** axe-core on the current page: no serious or critical violation. */
    void assertAccessible(String page) {
        // No iframes here: the iframe mode opens a blank page with a 1 s load timeout, which a busy machine misses.
        List<Rule> bad = new AxeBuilder().disableIframeTesting().setTimeout(120).analyze(driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(bad.isEmpty(), page + ": " + bad.stream().map(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }

    /** The Content-Security-Policy violations chromium reported since the last call (reading empties its log). */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
