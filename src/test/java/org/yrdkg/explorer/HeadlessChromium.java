package org.yrdkg.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven through its chromium-driver: a real headless browser for the page tests, with
 * the console read back (errors fail a test) and screenshots saved under target/screenshots/. Selenium is
 * pointed at both binaries so that it never tries to download a browser. The bench's explorer phase drives it too.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String MISSING = "Explorer page tests skipped: no Chromium found; install it with "
            + "'apt-get install chromium chromium-driver fonts-noto-cjk' (or set CHROME_BIN and CHROMEDRIVER).";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private HeadlessChromium(Path browser, Path chromedriver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--lang=zh-CN", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** The browser, or empty (and the reason printed once) when chromium or its driver is not installed. */
    public static Optional<HeadlessChromium> start() {
        Optional<Path> browser = find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> chromedriver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            System.err.println(MISSING);
            return Optional.empty();
        }
        return Optional.of(new HeadlessChromium(browser.get(), chromedriver.get()));
    }

    private static Optional<Path> find(String variable, String... candidates) {
        return Stream.concat(Optional.ofNullable(System.getenv(variable)).stream(), Stream.of(candidates))
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sets the viewport (not the window, whose frame takes some of it) to this size. */
    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number frameWidth = (Number) driver.executeScript("return window.outerWidth - window.innerWidth");
        Number frameHeight = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
        if (frameWidth.intValue() > 0 || frameHeight.intValue() > 0) {
            driver.manage().window().setSize(new Dimension(width + frameWidth.intValue(), height + frameHeight.intValue()));
        }
    }

    /**
     * Waits up to 20 s, looking every 50 ms (Selenium's 500 ms between looks added seconds to every page test). An
     * element the page re-rendered between finding and reading it is looked for again at the next look.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Console entries at SEVERE since the last call (uncaught errors, failed requests). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
