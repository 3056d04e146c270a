package uk.nhs.best.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.support.PortalBrowserTest;

/** The real login page in a real browser, against the running portal. */
class LoginBrowserIT extends PortalBrowserTest {

    @Test
    void aClinicianLogsInThroughTheLoginPageAndSeesTheirDashboard() {
        open("/sites/bedford");
        browser.wait.until(urlMatches(".*/login$"));

        logIn("amira.khan", DemoData.PASSWORD);

        browser.wait.until(urlMatches(".*/sites/bedford(\\?continue)?$"));
        browser.wait.until(textToBePresentInElementLocated(By.cssSelector("main.site-dashboard"),
                "Awaiting screening"));
        String dashboard = browser.driver.findElement(By.cssSelector("main.site-dashboard")).getText();
        assertThat(dashboard).contains("Bedford").contains("Today and this week").contains("Waiting lists")
                .contains("Group programmes").contains("This quarter").containsPattern("Today is \\d{2}/\\d{2}/\\d{4}");
        browser.screenshot("clinician-dashboard");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        open("/login");
        logIn("amira.khan", "not-the-password");

        browser.wait.until(urlMatches(".*/login\\?error$"));
        browser.wait.until(textToBePresentInElementLocated(By.tagName("vaadin-login-form"),
                "Incorrect username or password"));
        browser.screenshot("login-refused");
    }

    @Test
    void aPatientLandsOnMyCareAndLogsOut() {
        open("/");
        logIn("fatima.ali", DemoData.PASSWORD);

        browser.wait.until(urlMatches(".*/my-care(\\?continue)?$"));
        browser.wait.until(textToBePresentInElementLocated(By.cssSelector("main.my-care"), "Hello Fatima Ali"));
        browser.screenshot("patient-my-care");

        browser.driver.findElement(By.id("log-out")).click();
        browser.wait.until(urlMatches(".*/login\\?logout$"));
        browser.wait.until(textToBePresentInElementLocated(By.cssSelector(".login-note"), "You have logged out."));
        open("/my-care");
        browser.wait.until(urlMatches(".*/login$"));
    }
}
