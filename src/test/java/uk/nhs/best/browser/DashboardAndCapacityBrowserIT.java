package uk.nhs.best.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.support.PortalBrowserTest;

/** A site manager's dashboard and capacity page as a browser draws them, charts included. */
class DashboardAndCapacityBrowserIT extends PortalBrowserTest {

    @Test
    void aManagerFollowsADashboardFigureAndOpensTheCapacityPlan() {
        open("/login");
        logIn("manager.bedford", DemoData.PASSWORD);
        browser.wait.until(urlMatches(".*/sites/bedford(\\?continue)?$"));
        browser.wait.until(textToBePresentInElementLocated(By.id("group-tasks"), "Offer the freed place"));
        browser.screenshot("site-dashboard");

        browser.click(By.id("figure-breached-group"));
        browser.wait.until(urlMatches(".*/sites/bedford/waiting-lists\\?list=awaiting-group&target=breached$"));
        browser.wait.until(textToBePresentInElementLocated(By.tagName("main"),
                "Target: a group programme within 18 weeks"));
        browser.screenshot("waiting-list-from-dashboard");

        open("/sites/bedford/capacity");
        browser.wait.until(driver -> driver.findElements(By.cssSelector(".svg-chart[role='img'] svg")).size() >= 2);
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("target");
        browser.screenshot("capacity-plan");
    }
}
