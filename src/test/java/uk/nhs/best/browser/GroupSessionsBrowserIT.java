package uk.nhs.best.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.GroupSession;
import uk.nhs.best.groups.ProgrammePlan;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.support.CalendarInBrowser;
import uk.nhs.best.support.PortalBrowserTest;
import uk.nhs.best.support.SignIn;

/** A planned programme's 6 sessions on the site calendar in a real browser, each in its week. */
class GroupSessionsBrowserIT extends PortalBrowserTest {

    // After the weeks the other calendar tests book in, and clear of the demo's Monday slot.
    static final int WEEKS_AHEAD = 5;

    @Autowired
    GroupProgrammes programmes;

    @Autowired
    SiteDirectory sites;

    @Autowired
    StaffDirectory staff;

    @Autowired
    SignIn signIn;

    @Test
    void theSixSessionsOfAPlannedProgrammeShowOnTheCalendarAndOpenTheirRegister() {
        LocalDate monday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(WEEKS_AHEAD);
        long site = sites.require("bedford").id();
        signIn.as("manager.bedford");
        ProgrammeSummary planned = programmes.plan("bedford", new ProgrammePlan(
                sites.rooms(site).stream().filter(r -> r.name().equals("Group room 2")).findFirst().orElseThrow().id(),
                List.of(staff.clinicians(site).stream().filter(c -> c.name().equals("Tom Hughes")).findFirst()
                        .orElseThrow().id()), monday, DayOfWeek.MONDAY, LocalTime.of(14, 0)));
        List<GroupSession> sessions = programmes.programme(planned.id()).sessions();
        signIn.out();

        open(browser, "/login");
        logIn(browser, "manager.bedford", DemoData.PASSWORD);
        browser.wait.until(urlMatches(".*/sites/bedford(\\?continue)?$"));
        open(browser, "/sites/bedford/calendar");
        CalendarInBrowser calendar = new CalendarInBrowser(browser);
        LocalDate shownMonday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (GroupSession session : sessions) {
            LocalDate day = session.start().toLocalDate();
            long weeks = ChronoUnit.WEEKS.between(shownMonday, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            for (int week = 0; week < weeks; week++) {
                browser.wait.until(driver -> driver.findElement(By.cssSelector("best-calendar .fc-next-button"))).click();
            }
            shownMonday = shownMonday.plusWeeks(weeks);
            browser.wait.until(driver -> !driver.findElements(By.cssSelector(
                    "td.fc-timegrid-col[data-date='" + day + "']")).isEmpty());
            WebElement entry = calendar.entry("Group " + planned.name() + " · session " + session.number() + " of 6");
            assertThat(calendar.isAt(entry, day, "14:00")).as("session %d on %s", session.number(), day).isTrue();
            assertThat(entry.getAttribute("class")).contains("best-kind-group-session");
        }
        browser.screenshot("group-session-on-calendar");

        calendar.entry("Group " + planned.name() + " · session 6 of 6").click();
        browser.wait.until(urlMatches(".*/sites/bedford/group-sessions/" + sessions.getLast().appointmentId() + "$"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains(planned.name());
    }
}
