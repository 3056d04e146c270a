package uk.nhs.best.components.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.support.Browser;

/**
 * The calendar in a real browser that lives in New York, on the test-only page
 * {@link CalendarTestPage}: London times, Monday first, 24-hour clock, entries asked for one
 * week at a time, selections and moves decided by the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ClinicCalendarBrowserIT {

    private static final String OLIVIA = "Assessment: Olivia Bennett";
    private static final String NHS_BLUE = "rgba(0, 94, 184, 1)";
    private static final String NHS_GREEN = "rgba(0, 127, 59, 1)";

    @LocalServerPort
    int port;

    @Autowired
    CalendarTestDiary diary;

    Browser browser;

    @BeforeEach
    void openCalendar() {
        diary.reset();
        browser = Browser.start();
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "America/New_York"));
        browser.driver.get("http://localhost:" + port + "/test/calendar");
        event(OLIVIA);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theWeekStartsOnMondayWithEntriesAtTheirLondonTimesOnA24HourClock() {
        assertThat(js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("America/New_York");

        List<WebElement> days = browser.driver.findElements(By.cssSelector("th.fc-col-header-cell"));
        assertThat(days).extracting(WebElement::getText).first()
                .isEqualTo("Mon " + ClinicTime.formatDate(diary.monday()).substring(0, 5));
        assertThat(days).extracting(WebElement::getText).last().asString().startsWith("Sun ");
        assertThat(days.getFirst().getAttribute("data-date")).isEqualTo(diary.monday().toString());
        List<String> hours = browser.driver.findElements(By.cssSelector("td.fc-timegrid-slot-label[data-time]"))
                .stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList();
        assertThat(hours).contains("08:00", "09:00", "13:00", "17:00").noneMatch(text -> text.matches("(?i).*[ap]m.*"));

        WebElement olivia = event(OLIVIA);
        assertThat(olivia.getText()).contains("09:00 - 10:00").contains("Amira Khan · Room 1");
        assertThat(isAt(olivia, diary.monday().plusDays(1), "09:00")).isTrue();
        assertThat(olivia.getCssValue("background-color")).isEqualTo(NHS_BLUE);
        WebElement pacing = event("Group session 2: Pacing");
        assertThat(pacing.getText()).contains("14:00 - 15:30");
        assertThat(isAt(pacing, diary.monday().plusDays(2), "14:00")).isTrue();
        assertThat(pacing.getCssValue("background-color")).isEqualTo(NHS_GREEN);

        assertThat(diary.requests()).containsExactly(week(0));
        browser.screenshot("calendar-week");
    }

    @Test
    void theNextWeekIsAskedForWhenShownAndOnlyThatWeek() {
        browser.driver.findElement(By.cssSelector(".fc-next-button")).click();

        WebElement james = event("Assessment: James Wilson");
        assertThat(isAt(james, diary.monday().plusDays(8), "11:00")).isTrue();
        assertThat(diary.requests()).containsExactly(week(0), week(1));
        browser.screenshot("calendar-next-week");
    }

    @Test
    void theMonthAndListViewsAlsoStartOnMondayWithA24HourClock() {
        browser.driver.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
        browser.wait.until(driver -> driver.findElements(By.cssSelector(".fc-daygrid-day")).size() >= 28);
        assertThat(browser.driver.findElements(By.cssSelector("th.fc-col-header-cell")))
                .extracting(WebElement::getText).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(event(OLIVIA).getText()).contains("09:00");
        browser.screenshot("calendar-month");

        browser.driver.findElement(By.cssSelector(".fc-listWeek-button")).click();
        WebElement row = browser.wait.until(driver -> driver.findElement(
                By.xpath("//tr[contains(@class,'fc-list-event')][.//*[text()='" + OLIVIA + "']]")));
        assertThat(row.getText()).contains("09:00 - 10:00").contains("Amira Khan · Room 1");
        browser.screenshot("calendar-list");
    }

    @Test
    void draggingOverFreeTimeTellsTheServerTheStartAndEnd() {
        LocalDate thursday = diary.monday().plusDays(3);
        new Actions(browser.driver)
                .moveToLocation(dayX(thursday), slotY("15:00")).clickAndHold()
                .moveToLocation(dayX(thursday), slotY("15:00") + 8)
                .moveToLocation(dayX(thursday), slotY("15:30"))
                .release().perform();

        browser.wait.until(textToBePresentInElementLocated(By.id("calendar-log"),
                "Selected " + date(thursday) + " 15:00 to " + date(thursday) + " 16:00"));
        browser.screenshot("calendar-selection");
    }

    @Test
    void anEntryDraggedToAFreeTimeIsSaved() {
        drag(event(OLIVIA), diary.monday().plusDays(1), "11:00");

        browser.wait.until(textToBePresentInElementLocated(By.id("calendar-log"), "Moved " + OLIVIA + " to "
                + date(diary.monday().plusDays(1)) + " 11:00 to " + date(diary.monday().plusDays(1)) + " 12:00"));
        assertThat(diary.get("olivia").start()).isEqualTo(diary.at(1, 11, 0));

        browser.driver.navigate().refresh();
        browser.wait.until(driver -> event(OLIVIA).getText().contains("11:00 - 12:00"));
        assertThat(isAt(event(OLIVIA), diary.monday().plusDays(1), "11:00")).isTrue();
        browser.screenshot("calendar-moved");
    }

    @Test
    void anEntryDraggedOntoABookedRoomSnapsBackAndTheUserIsToldWhy() {
        drag(event(OLIVIA), diary.monday().plusDays(3), "10:00");

        browser.wait.until(driver -> String.valueOf(js(
                "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.textContent).join()"))
                .contains("It would clash with Room 1: staff training."));
        browser.wait.until(driver -> isAt(event(OLIVIA), diary.monday().plusDays(1), "09:00"));
        assertThat(event(OLIVIA).getText()).contains("09:00 - 10:00");
        assertThat(diary.get("olivia").start()).isEqualTo(diary.at(1, 9, 0));
        browser.screenshot("calendar-move-refused");
    }

    @Test
    void aBookingMadeElsewhereAppearsWithoutReloading() {
        diary.book(new CalendarEntry("fatima", "Assessment: Fatima Ali", diary.at(4, 13, 0), diary.at(4, 14, 0),
                "assessment", true, "Sam Okafor · Room 2"));

        assertThat(isAt(event("Assessment: Fatima Ali"), diary.monday().plusDays(4), "13:00")).isTrue();
    }

    /** What the calendar asks for to show a week: Monday 00:00 to the next Monday 00:00, London time. */
    private CalendarTestDiary.Request week(int weeksFromNow) {
        return new CalendarTestDiary.Request(diary.at(7 * weeksFromNow, 0, 0), diary.at(7 * (weeksFromNow + 1), 0, 0));
    }

    /** The entry with that title, once the calendar shows it. */
    private WebElement event(String title) {
        By selector = By.xpath("//best-calendar//a[contains(@class,'fc-event')][.//*[text()='" + title + "']]");
        return browser.wait.until(driver -> driver.findElement(selector));
    }

    /** Whether the entry's top edge is at that time in that day's column. */
    private boolean isAt(WebElement entry, LocalDate day, String time) {
        Map<String, Number> box = box(entry);
        double middle = box.get("left").doubleValue() + box.get("width").doubleValue() / 2;
        Map<String, Number> column = box(column(day));
        return middle > column.get("left").doubleValue() && middle < column.get("right").doubleValue()
                && Math.abs(box.get("top").doubleValue() - box(slot(time)).get("top").doubleValue()) <= 2;
    }

    private void drag(WebElement entry, LocalDate day, String time) {
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
    private Map<String, Number> box(WebElement element) {
        return (Map<String, Number>) js("const r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, width: r.width, height: r.height};", element);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    private static String date(LocalDate day) {
        return ClinicTime.formatDate(day);
    }
}
