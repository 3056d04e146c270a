package uk.nhs.best.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running portal on a random port with the demo data and its own login page, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public abstract class PortalBrowserTest extends BrowserTest {

    @LocalServerPort
    private int port;

    protected void open(String path) {
        open(browser, path);
    }

    /** For tests with a second browser (two people at once). */
    protected void open(Browser in, String path) {
        in.driver.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Types into the login page's form and submits it. */
    protected void logIn(String username, String password) {
        logIn(browser, username, password);
    }

    protected void logIn(Browser in, String username, String password) {
        in.wait.until(driver -> driver.findElement(By.cssSelector("input[name='username']"))).sendKeys(username);
        in.driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }
}
