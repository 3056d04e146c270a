package uk.nhs.best.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.support.PortalBrowserTest;
import uk.nhs.best.support.TestReferrals;

/** A referral's way in a real browser: recorded at intake, screened, then on the waiting list. */
class ReferralJourneyBrowserIT extends PortalBrowserTest {

    @Test
    void aReferralIsRecordedScreenedAndWaitsForAssessment() {
        open("/login");
        logIn("amira.khan", DemoData.PASSWORD);
        browser.wait.until(urlMatches(".*/sites/bedford(\\?continue)?$"));

        open("/sites/bedford/referrals/new");
        type(field("nhsNumber"), TestReferrals.newNhsNumber() + Keys.TAB);
        type(field("givenName"), "Wendy");
        type(field("familyName"), "Browser");
        type(field("dateOfBirth"), "09/03/1975" + Keys.ENTER);
        type(field("gpPractice"), "Riverside Health Centre");
        type(field("referralDate"),
                ClinicTime.formatDate(LocalDate.now(ClinicTime.ZONE).minusYears(2)) + Keys.ENTER);
        browser.driver.findElement(By.cssSelector("#reason textarea"))
                .sendKeys("Back pain for 5 months");
        browser.screenshot("referral-intake");
        browser.click(By.id("record-referral"));
        browser.wait.until(driver -> driver.findElement(By.cssSelector("#nhsNumber input"))
                .getDomProperty("value").isEmpty());

        open("/sites/bedford/screening");
        browser.wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Wendy Browser"));
        browser.screenshot("screening-queue");
        browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("Wendy Browser")).findFirst().orElseThrow().click();
        browser.click(By.id("accept-referral"));

        open("/sites/bedford/waiting-lists");
        browser.click(By.id("tab-awaiting-assessment"));
        browser.wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Wendy Browser"));
        browser.wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Target breached"));
        browser.screenshot("waiting-list");
    }

    private By field(String id) {
        return By.cssSelector("#" + id + " input");
    }

    private void type(By locator, CharSequence text) {
        browser.wait.until(driver -> driver.findElement(locator)).sendKeys(text);
    }
}
