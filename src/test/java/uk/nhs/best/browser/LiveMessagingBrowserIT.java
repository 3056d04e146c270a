package uk.nhs.best.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.support.Browser;
import uk.nhs.best.support.PortalBrowserTest;

/**
 * A patient and a clinician at once, each in their own browser: what one sends appears on the
 * other's screen, with the unread badge, within 2 seconds and without a reload.
 */
class LiveMessagingBrowserIT extends PortalBrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(2);

    @Test
    void aMessageAndItsReadReceiptReachTheOtherSideLive() {
        try (Browser patient = Browser.start()) {
            Browser clinician = browser;
            open(clinician, "/login");
            logIn(clinician, "amira.khan", DemoData.PASSWORD);
            clinician.wait.until(urlMatches(".*/sites/bedford(\\?continue)?$"));
            open(clinician, "/sites/bedford/messages");
            clinician.wait.until(driver -> driver.findElement(By.id("conversations")));
            int clinicianUnread = badge(clinician);

            open(patient, "/login");
            logIn(patient, "olivia.bennett", DemoData.PASSWORD);
            patient.wait.until(urlMatches(".*/my-care(\\?continue)?$"));
            open(patient, "/messages");
            patient.click(By.id("new-conversation"));
            patient.wait.until(driver -> driver.findElement(By.cssSelector("#subject input"))).sendKeys("Live question");
            patient.driver.findElement(By.cssSelector("#message-text textarea"))
                    .sendKeys("Can I swim while I wait?\n<i>not italic</i>");
            patient.click(By.id("send"));
            patient.wait.until(urlMatches(".*/conversations/\\d+$"));

            within(clinician, textToBePresentInElementLocated(By.id("conversations"), "Live question"));
            within(clinician, driver -> badge(clinician) == clinicianUnread + 1);
            clinician.screenshot("messaging-clinician-inbox-live");

            clinician.click(By.linkText("Live question"));
            clinician.wait.until(textToBePresentInElementLocated(By.id("messages"), "<i>not italic</i>"));
            assertThat(clinician.driver.findElements(By.cssSelector("#messages i"))).isEmpty();
            within(clinician, driver -> badge(clinician) == clinicianUnread);
            within(patient, textToBePresentInElementLocated(By.id("messages"), "by Amira Khan"));

            patient.click(By.cssSelector("#main-menu vaadin-side-nav-item[path='messages']"));
            patient.wait.until(driver -> driver.findElement(By.id("conversations")));
            int patientUnread = badge(patient);
            clinician.driver.findElement(By.cssSelector("#message-text textarea")).sendKeys("Yes, gentle swimming helps.");
            clinician.click(By.id("send"));

            clinician.wait.until(textToBePresentInElementLocated(By.id("messages"), "Yes, gentle swimming helps."));
            clinician.screenshot("messaging-conversation");
            within(patient, driver -> badge(patient) == patientUnread + 1);
            within(patient, textToBePresentInElementLocated(By.id("conversations"), "1 unread"));
            patient.screenshot("messaging-patient-badge-live");
        }
    }

    /** Waits no longer than the 2 seconds the issue allows. */
    private static <T> void within(Browser in, Function<WebDriver, T> condition) {
        new WebDriverWait(in.driver, LIVE, Duration.ofMillis(100)).until(condition);
    }

    /** The number on the "Messages" menu item; 0 when it is hidden. */
    private static int badge(Browser in) {
        List<WebElement> badges = in.driver.findElements(By.cssSelector("#main-menu .menu-badge"));
        return badges.isEmpty() || !badges.getFirst().isDisplayed() ? 0 : Integer.parseInt(badges.getFirst().getText());
    }
}
