package uk.nhs.best.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Finds, reads and drags what a FullCalendar week view shows, by the times and days on screen. */
public final class CalendarInBrowser {

    private final Browser browser;

    public CalendarInBrowser(Browser browser) {
        this.browser = browser;
    }

    /** The entry with that title, once the calendar shows it. */
    public WebElement entry(String title) {
        By selector = By.xpath("//best-calendar//a[contains(@class,'fc-event')][.//*[text()='" + title + "']]");
        return browser.wait.until(driver -> driver.findElement(selector));
    }

    /** Whether the entry's top edge is at that time in that day's column. */
    public boolean isAt(WebElement entry, LocalDate day, String time) {
        Map<String, Number> box = box(entry);
        double middle = box.get("left").doubleValue() + box.get("width").doubleValue() / 2;
        Map<String, Number> column = box(column(day));
        return middle > column.get("left").doubleValue() && middle < column.get("right").doubleValue()
                && Math.abs(box.get("top").doubleValue() - box(slot(time)).get("top").doubleValue()) <= 2;
    }

    /**
     * Drags the entry with that title so that it starts at {@code time} on {@code day}. A live
     * refresh may redraw the calendar just as the entry is found: then it is found again.
     */
    public void drag(String title, LocalDate day, String time) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    drag(entry(title), day, time);
                    return true;
                });
    }

    /** Drags the entry so that it starts at {@code time} on {@code day}. */
    public void drag(WebElement entry, LocalDate day, String time) {
        Map<String, Number> box = box(entry);
        int grabX = (int) (box.get("left").doubleValue() + box.get("width").doubleValue() / 2);
        int grabY = (int) box.get("top").doubleValue() + 6;
        int dropY = slotTop(time) + 6;
        new Actions(browser.driver)
                .moveToLocation(grabX, grabY).clickAndHold()
                .moveToLocation(grabX, grabY + 10)
                .moveToLocation(dayX(day), dropY)
                .release().perform();
    }

    /** Drags over free time on {@code day} from the slot at {@code from} to the slot at {@code to}. */
    public void select(LocalDate day, String from, String to) {
        new Actions(browser.driver)
                .moveToLocation(dayX(day), slotY(from)).clickAndHold()
                .moveToLocation(dayX(day), slotY(from) + 8)
                .moveToLocation(dayX(day), slotY(to))
                .release().perform();
    }

    /** The text of the notifications on screen. */
    public String notifications() {
        return String.valueOf(js("return [...document.querySelectorAll('vaadin-notification-card')]"
                + ".map(c => c.textContent).join()"));
    }

    private int dayX(LocalDate day) {
        Map<String, Number> column = box(column(day));
        return (int) (column.get("left").doubleValue() + column.get("width").doubleValue() / 2);
    }

    private int slotY(String time) {
        Map<String, Number> slot = box(slot(time));
        return (int) (slot.get("top").doubleValue() + slot.get("height").doubleValue() / 2);
    }

    private int slotTop(String time) {
        return (int) box(slot(time)).get("top").doubleValue();
    }

    private WebElement column(LocalDate day) {
        return browser.driver.findElement(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']"));
    }

    private WebElement slot(String time) {
        return browser.driver.findElement(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + ":00']"));
    }

    /** Where the element is in the viewport, as the mouse sees it. */
    @SuppressWarnings("unchecked")
    public Map<String, Number> box(WebElement element) {
        return (Map<String, Number>) js("const r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, width: r.width, height: r.height};", element);
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
