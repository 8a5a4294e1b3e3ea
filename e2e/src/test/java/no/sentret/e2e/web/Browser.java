package no.sentret.e2e.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (both from the distribution's packages,
 * never downloaded: the paths are given, so Selenium Manager is not asked), with a fresh profile per
 * browser so no session leaks from one test into the next.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("sentret.root", "..")).toAbsolutePath().normalize()
            .resolve("e2e/target/screenshots");
    private static final String CHROMIUM = System.getProperty("sentret.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("sentret.chromedriver", "/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(String baseUrl, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("sentret-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=nb");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Opens the frontend and signs in through Keycloak's own login form. */
    public void signIn(String user) {
        driver.get(baseUrl + "/");
        WebElement username = waitFor(By.id("username"));
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-dev-password");
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-user='" + user + "']")));
    }

    void open(String hash) {
        driver.get(baseUrl + "/" + hash);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        // a list redrawn while the condition reads it: read it again
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Sets an input's value as a person's picker would (date, time and week inputs take typed text by locale). */
    void setValue(By by, String value) {
        WebElement input = waitFor(by);
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", input, value);
    }

    /**
     * Calls the API from the page the way its own scripts do (the session cookie only, no token) and
     * returns the HTTP status.
     */
    long fetchStatus(String path) {
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: 'application/json' } })"
                + ".then((r) => done(r.status)).catch(() => done(-1));", path);
        return ((Number) status).longValue();
    }

    /** Calls the API from the page like fetchStatus, asking for a language, and returns the JSON answer. */
    com.fasterxml.jackson.databind.JsonNode fetchJson(String path, String language) {
        Object body = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': arguments[1] } })"
                + ".then((r) => r.text()).then(done).catch((e) => done(String(e)));", path, language);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.valueOf(body));
        } catch (IOException e) {
            throw new AssertionError(path + " answered no JSON: " + body, e);
        }
    }

    /** One figure on a screen: its {@code data-figure} name, its {@code data-value} (null if absent), the text a reader sees. */
    record Figure(String name, String value, String text) {
    }

    /**
     * Every element matching {@code css} as a {@link Figure}, read in one call to the browser: a WebDriver call per element
     * and attribute cost the dashboard's ~250 figures about 20 s. The text is the rendered text as WebDriver's
     * {@code getText} gives it: empty for an element nobody can see.
     */
    List<Figure> figures(String css) {
        List<?> rows = (List<?>) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map((e) => [e.getAttribute('data-figure'), e.getAttribute('data-value'), e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? e.innerText : ''])", css);
        return rows.stream().map(row -> (List<?>) row)
                .map(r -> new Figure((String) r.get(0), (String) r.get(1), ((String) r.get(2)).strip())).toList();
    }

    /** Scrolls the element to the middle of the window and clicks it. */
    void click(By by) {
        WebElement target = waitFor(by);
        driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", target);
        target.click();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
