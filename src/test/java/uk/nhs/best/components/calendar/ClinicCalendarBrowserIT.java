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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.support.Browser;
import uk.nhs.best.support.CalendarInBrowser;

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

    CalendarInBrowser calendar;

    @BeforeEach
    void openCalendar() {
        diary.reset();
        browser = Browser.start();
        calendar = new CalendarInBrowser(browser);
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "America/New_York"));
        browser.driver.get("http://localhost:" + port + "/test/calendar");
        calendar.entry(OLIVIA);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theWeekStartsOnMondayWithEntriesAtTheirLondonTimesOnA24HourClock() {
        assertThat(calendar.js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("America/New_York");

        List<WebElement> days = browser.driver.findElements(By.cssSelector("th.fc-col-header-cell"));
        assertThat(days).extracting(WebElement::getText).first()
                .isEqualTo("Mon " + ClinicTime.formatDate(diary.monday()).substring(0, 5));
        assertThat(days).extracting(WebElement::getText).last().asString().startsWith("Sun ");
        assertThat(days.getFirst().getAttribute("data-date")).isEqualTo(diary.monday().toString());
        List<String> hours = browser.driver.findElements(By.cssSelector("td.fc-timegrid-slot-label[data-time]"))
                .stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList();
        assertThat(hours).contains("08:00", "09:00", "13:00", "17:00").noneMatch(text -> text.matches("(?i).*[ap]m.*"));

        WebElement olivia = calendar.entry(OLIVIA);
        assertThat(olivia.getText()).contains("09:00 - 10:00").contains("Amira Khan · Room 1");
        assertThat(calendar.isAt(olivia, diary.monday().plusDays(1), "09:00")).isTrue();
        assertThat(olivia.getCssValue("background-color")).isEqualTo(NHS_BLUE);
        WebElement pacing = calendar.entry("Group session 2: Pacing");
        assertThat(pacing.getText()).contains("14:00 - 15:30");
        assertThat(calendar.isAt(pacing, diary.monday().plusDays(2), "14:00")).isTrue();
        assertThat(pacing.getCssValue("background-color")).isEqualTo(NHS_GREEN);

        assertThat(diary.requests()).containsExactly(week(0));
        browser.screenshot("calendar-week");
    }

    @Test
    void theNextWeekIsAskedForWhenShownAndOnlyThatWeek() {
        browser.driver.findElement(By.cssSelector(".fc-next-button")).click();

        WebElement james = calendar.entry("Assessment: James Wilson");
        assertThat(calendar.isAt(james, diary.monday().plusDays(8), "11:00")).isTrue();
        assertThat(diary.requests()).containsExactly(week(0), week(1));
        browser.screenshot("calendar-next-week");
    }

    @Test
    void theMonthAndListViewsAlsoStartOnMondayWithA24HourClock() {
        browser.driver.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
        browser.wait.until(driver -> driver.findElements(By.cssSelector(".fc-daygrid-day")).size() >= 28);
        assertThat(browser.driver.findElements(By.cssSelector("th.fc-col-header-cell")))
                .extracting(WebElement::getText).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(calendar.entry(OLIVIA).getText()).contains("09:00");
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
        calendar.select(thursday, "15:00", "15:30");

        browser.wait.until(textToBePresentInElementLocated(By.id("calendar-log"),
                "Selected " + date(thursday) + " 15:00 to " + date(thursday) + " 16:00"));
        browser.screenshot("calendar-selection");
    }

    @Test
    void anEntryDraggedToAFreeTimeIsSaved() {
        calendar.drag(calendar.entry(OLIVIA), diary.monday().plusDays(1), "11:00");

        browser.wait.until(textToBePresentInElementLocated(By.id("calendar-log"), "Moved " + OLIVIA + " to "
                + date(diary.monday().plusDays(1)) + " 11:00 to " + date(diary.monday().plusDays(1)) + " 12:00"));
        assertThat(diary.get("olivia").start()).isEqualTo(diary.at(1, 11, 0));

        browser.driver.navigate().refresh();
        browser.wait.until(driver -> calendar.entry(OLIVIA).getText().contains("11:00 - 12:00"));
        assertThat(calendar.isAt(calendar.entry(OLIVIA), diary.monday().plusDays(1), "11:00")).isTrue();
        browser.screenshot("calendar-moved");
    }

    @Test
    void anEntryDraggedOntoABookedRoomSnapsBackAndTheUserIsToldWhy() {
        calendar.drag(calendar.entry(OLIVIA), diary.monday().plusDays(3), "10:00");

        browser.wait.until(driver -> calendar.notifications().contains("It would clash with Room 1: staff training."));
        browser.wait.until(driver -> calendar.isAt(calendar.entry(OLIVIA), diary.monday().plusDays(1), "09:00"));
        assertThat(calendar.entry(OLIVIA).getText()).contains("09:00 - 10:00");
        assertThat(diary.get("olivia").start()).isEqualTo(diary.at(1, 9, 0));
        browser.screenshot("calendar-move-refused");
    }

    @Test
    void aBookingMadeElsewhereAppearsWithoutReloading() {
        diary.book(new CalendarEntry("fatima", "Assessment: Fatima Ali", diary.at(4, 13, 0), diary.at(4, 14, 0),
                "assessment", true, "Sam Okafor · Room 2"));

        assertThat(calendar.isAt(calendar.entry("Assessment: Fatima Ali"), diary.monday().plusDays(4), "13:00")).isTrue();
    }

    /** What the calendar asks for to show a week: Monday 00:00 to the next Monday 00:00, London time. */
    private CalendarTestDiary.Request week(int weeksFromNow) {
        return new CalendarTestDiary.Request(diary.at(7 * weeksFromNow, 0, 0), diary.at(7 * (weeksFromNow + 1), 0, 0));
    }

    private static String date(LocalDate day) {
        return ClinicTime.formatDate(day);
    }
}
