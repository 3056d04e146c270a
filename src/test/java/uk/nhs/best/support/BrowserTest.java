package uk.nhs.best.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of the running portal in a real browser: a fresh one, without cookies, for every test. */
public abstract class BrowserTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
