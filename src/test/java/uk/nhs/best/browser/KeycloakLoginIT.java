package uk.nhs.best.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.support.Browser;
import uk.nhs.best.support.BrowserTest;
import uk.nhs.best.support.KeycloakServer;

/**
 * Single sign-on in a real browser against a real Keycloak server with the repository's realm:
 * Keycloak's login page, then the portal's pages with the roles and sites of the realm's users,
 * and logging out of both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"test", "demo", "keycloak"})
class KeycloakLoginIT extends BrowserTest {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void browserBeforeKeycloak() {
        Browser.requireInstalled();
    }

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        keycloak = KeycloakServer.shared();
        registry.add("server.port", keycloak::portalPort);
        registry.add("best.keycloak.issuer-uri", keycloak::issuerUri);
    }

    @Test
    void aClinicianLogsInAtKeycloakAndSeesOnlyTheirOwnSite() {
        open("/sites/bedford");
        logInAtKeycloak("amira.khan");

        browser.wait.until(urlMatches(portal("/sites/bedford")));
        browser.wait.until(textToBePresentInElementLocated(By.cssSelector("main.site-dashboard"),
                "Awaiting screening"));
        assertThat(signedInAs()).isEqualTo("Amira Khan · Clinician");
        browser.screenshot("keycloak-clinician-dashboard");

        open("/sites/greenwich");
        browser.wait.until(textToBePresentInElementLocated(By.id("access-denied"), "You don't have access to this page"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText())
                .doesNotContain("Awaiting screening").doesNotContain("Greenwich");
    }

    @Test
    void aSiteManagerLandsOnTheirSitesDashboard() {
        open("/");
        logInAtKeycloak("manager.bedford");

        browser.wait.until(urlMatches(portal("/sites/bedford")));
        browser.wait.until(textToBePresentInElementLocated(By.cssSelector("main.site-dashboard"), "Bedford"));
        assertThat(signedInAs()).isEqualTo("Helen Brooks · Site manager");
    }

    @Test
    void aPatientSeesTheirOwnCareAndLoggingOutEndsTheKeycloakSessionToo() {
        open("/");
        logInAtKeycloak("olivia.bennett");

        browser.wait.until(urlMatches(portal("/my-care")));
        browser.wait.until(textToBePresentInElementLocated(By.cssSelector("main.my-care"), "Hello Olivia Bennett"));
        assertThat(browser.driver.findElement(By.cssSelector("main.my-care")).getText()).contains("at Bedford");
        assertThat(signedInAs()).isEqualTo("Olivia Bennett · Patient");
        browser.screenshot("keycloak-patient-my-care");

        browser.driver.findElement(By.id("log-out")).click();
        awaitKeycloakPassword();
        // Were Keycloak's session still alive, the portal would sign her straight back in.
        open("/my-care");
        awaitKeycloakPassword();
        browser.screenshot("keycloak-after-logout");
    }

    @Test
    void aUserWithNoPortalRoleIsToldSoAndSeesNothingElse() {
        open("/login");
        logInAtKeycloak("jo.newstarter");

        browser.wait.until(textToBePresentInElementLocated(By.id("no-access"),
                "Your account has no access to the portal yet"));
        assertThat(signedInAs()).isEqualTo("Jo Newstarter");
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).isEmpty();
        browser.screenshot("keycloak-no-access");

        open("/my-care");
        browser.wait.until(textToBePresentInElementLocated(By.id("access-denied"), "You don't have access to this page"));
        open("/sites/bedford");
        browser.wait.until(textToBePresentInElementLocated(By.id("access-denied"), "You don't have access to this page"));
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + keycloak.portalPort() + path);
    }

    private String portal(String path) {
        return Pattern.quote("http://localhost:" + keycloak.portalPort() + path) + "(\\?continue)?$";
    }

    /** Keycloak's own login page, asking for a password. */
    private void awaitKeycloakPassword() {
        browser.wait.until(urlMatches("^" + Pattern.quote(keycloak.issuerUri() + "/protocol/openid-connect/auth?")));
        browser.wait.until(visibilityOfElementLocated(By.id("password")));
    }

    private void logInAtKeycloak(String username) {
        awaitKeycloakPassword();
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
    }

    private String signedInAs() {
        return browser.wait.until(visibilityOfElementLocated(By.cssSelector(".signed-in-as"))).getText();
    }
}
