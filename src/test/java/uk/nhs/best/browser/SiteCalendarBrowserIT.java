package uk.nhs.best.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.BookingRequest;
import uk.nhs.best.scheduling.ScheduledAssessment;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.support.Browser;
import uk.nhs.best.support.CalendarInBrowser;
import uk.nhs.best.support.PortalBrowserTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

/**
 * A site calendar in real browsers: booking from a free slot, dragging an assessment to a new
 * time, a drag onto a clash snapping back, and another clinician's open calendar showing the new
 * booking without a reload.
 */
class SiteCalendarBrowserIT extends PortalBrowserTest {

    @Autowired
    TestReferrals referrals;

    @Autowired
    ReferralQueries referralQueries;

    @Autowired
    AssessmentBookings bookings;

    @Autowired
    SiteDirectory sites;

    @Autowired
    StaffDirectory staff;

    @Autowired
    SignIn signIn;

    // Clear of the demo's bookings, which fill the next few days.
    static final int WEEKS_AHEAD = 3;

    final LocalDate tuesday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .plusWeeks(WEEKS_AHEAD - 1L).plusDays(1);

    @Test
    void bookingMovingAndAClashRefusedWhileAnotherCalendarFollowsLive() {
        ReferralSummary toBook = accepted("Clicked");
        ScheduledAssessment dragged = book(accepted("Dragged"), "Amira Khan", tuesday.atTime(10, 0));
        book(accepted("Blocker"), "Tom Hughes", tuesday.atTime(14, 0));
        signIn.out();

        Browser other = Browser.start();
        try {
            CalendarInBrowser calendar = openCalendarAs(browser, "amira.khan");
            CalendarInBrowser othersCalendar = openCalendarAs(other, "tom.hughes");

            calendar.select(tuesday.plusDays(1), "11:00", "11:00");
            browser.wait.until(driver -> driver.findElement(By.id("booking-dialog")));
            choose("booking-patient", "Test Clicked");
            choose("booking-clinician", "Amira Khan");
            choose("booking-room", "Assessment room B");
            browser.click(By.id("book-assessment"));
            calendar.entry("Test Clicked");
            assertThat(calendar.isAt(calendar.entry("Test Clicked"), tuesday.plusDays(1), "11:00")).isTrue();
            signIn.as("amira.khan");
            assertThat(referralQueries.referral(toBook.id()).orElseThrow().stage().name()).isEqualTo("ASSESSMENT_BOOKED");
            // Tom's calendar was open all along and shows it without a reload, within 2 seconds.
            new WebDriverWait(other.driver, Duration.ofSeconds(2)).until(driver -> !driver.findElements(By.xpath(
                    "//best-calendar//a[contains(@class,'fc-event')][.//*[text()='Test Clicked']]")).isEmpty());
            assertThat(othersCalendar.isAt(othersCalendar.entry("Test Clicked"), tuesday.plusDays(1), "11:00")).isTrue();
            browser.screenshot("site-calendar-booked");

            calendar.drag("Test Dragged", tuesday.plusDays(2), "10:00");
            browser.wait.until(driver -> startOf(dragged).equals(tuesday.plusDays(2).atTime(10, 0)));

            calendar.drag("Test Dragged", tuesday, "14:00");
            browser.wait.until(driver -> calendar.notifications().contains("Assessment room A is already booked"));
            browser.wait.until(driver -> calendar.isAt(calendar.entry("Test Dragged"), tuesday.plusDays(2), "10:00"));
            assertThat(startOf(dragged)).isEqualTo(tuesday.plusDays(2).atTime(10, 0));
            browser.screenshot("site-calendar-clash-refused");
        } finally {
            other.close();
        }
    }

    private CalendarInBrowser openCalendarAs(Browser window, String username) {
        open(window, "/login");
        logIn(window, username, DemoData.PASSWORD);
        window.wait.until(urlMatches(".*/sites/bedford(\\?continue)?$"));
        open(window, "/sites/bedford/calendar");
        CalendarInBrowser calendar = new CalendarInBrowser(window);
        for (int week = 0; week < WEEKS_AHEAD; week++) {
            window.wait.until(driver -> driver.findElement(By.cssSelector("best-calendar .fc-next-button"))).click();
        }
        window.wait.until(driver -> !driver.findElements(By.cssSelector(
                "td.fc-timegrid-col[data-date='" + tuesday + "']")).isEmpty());
        return calendar;
    }

    private void choose(String selectId, String text) {
        browser.click(By.id(selectId));
        WebElement item = browser.wait.until(driver -> driver.findElements(By.cssSelector("#" + selectId
                + " vaadin-select-item")).stream().filter(candidate -> candidate.isDisplayed()
                && candidate.getText().startsWith(text)).findFirst().orElse(null));
        // The list overlay can reach below the window; a script click picks the item wherever it is.
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()", item);
        browser.wait.until(driver -> driver.findElement(By.id(selectId)).getText().startsWith(text)
                || String.valueOf(((JavascriptExecutor) driver).executeScript(
                        "return document.getElementById(arguments[0]).querySelector('vaadin-select-value-button')"
                                + "?.textContent ?? ''", selectId)).contains(text));
    }

    private ReferralSummary accepted(String name) {
        return referrals.awaitingAssessment("amira.khan", "bedford", name, LocalDate.now().minusDays(20));
    }

    private ScheduledAssessment book(ReferralSummary referral, String clinician, LocalDateTime start) {
        long site = sites.findByCode("bedford").orElseThrow().id();
        long clinicianId = staff.clinicians(site).stream().filter(c -> c.name().equals(clinician)).findFirst()
                .orElseThrow().id();
        long room = sites.rooms(site).stream().filter(r -> r.name().equals("Assessment room A")).findFirst()
                .orElseThrow().id();
        return bookings.book("bedford", new BookingRequest(referral.id(), clinicianId, room, start, 60, null));
    }

    private LocalDateTime startOf(ScheduledAssessment assessment) {
        signIn.as("amira.khan");
        List<ScheduledAssessment> week = bookings.between("bedford", tuesday.minusDays(1).atStartOfDay(ClinicTime.ZONE),
                tuesday.plusDays(6).atStartOfDay(ClinicTime.ZONE));
        return week.stream().filter(a -> a.id() == assessment.id()).findFirst().orElseThrow().start()
                .toLocalDateTime();
    }
}
