package uk.nhs.best.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver, driven by Selenium; nothing is downloaded. Where
 * they are missing the browser tests stop with a clear message; CI (BEST_REQUIRE_BROWSER=true)
 * fails instead.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File(env("BEST_CHROMIUM", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(env("BEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    public final WebDriver driver;
    public final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser start() {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Clicks an element after scrolling it to the middle of the window, clear of toolbars and overlays. */
    public void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Stops (or in CI fails) the test here when the browser is missing; call it before costly set-up. */
    public static void requireInstalled() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String message = "Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver)";
            if (Boolean.parseBoolean(env("BEST_REQUIRE_BROWSER", "false"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /** Keeps what the browser shows in target/screenshots, to look at when a test fails. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
