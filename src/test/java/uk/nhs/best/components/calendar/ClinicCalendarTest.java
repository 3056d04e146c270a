package uk.nhs.best.components.calendar;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.best.common.ClinicTime;

/** The calendar's server side without a browser: what the browser sends, the listeners get. */
class ClinicCalendarTest {

    private final List<String> asked = new ArrayList<>();
    private final ClinicCalendar calendar = new ClinicCalendar();

    @BeforeEach
    void openPage() {
        MockVaadin.setup();
        UI.getCurrent().add(calendar);
        calendar.setEntryProvider((from, to) -> {
            asked.add(from + " to " + to);
            return List.of(assessment("olivia", london("2026-06-23T09:00"), true),
                    assessment("training", london("2026-06-23T12:00"), false));
        });
    }

    @AfterEach
    void closePage() {
        MockVaadin.tearDown();
    }

    @Test
    void theProviderIsAskedForTheVisibleRangeOnlyInLondonTime() {
        // A winter week: London is on UTC.
        calendar.fetchEntries("2026-11-23T00:00:00Z", "2026-11-30T00:00:00Z");
        // A summer week, as FullCalendar sends it with the London zone: midnight BST.
        calendar.fetchEntries("2026-06-22T00:00:00+01:00", "2026-06-29T00:00:00+01:00");
        // A month view's whole days.
        calendar.fetchEntries("2026-06-29", "2026-08-10");

        assertThat(asked).containsExactly(
                "2026-11-23T00:00Z[Europe/London] to 2026-11-30T00:00Z[Europe/London]",
                "2026-06-22T00:00+01:00[Europe/London] to 2026-06-29T00:00+01:00[Europe/London]",
                "2026-06-29T00:00+01:00[Europe/London] to 2026-08-10T00:00+01:00[Europe/London]");
    }

    @Test
    void entriesReachTheBrowserAtTheirLondonTimesWithTheirKindAndDetail() {
        List<ClinicCalendar.ClientEntry> sent = calendar.fetchEntries("2026-06-22T00:00:00+01:00",
                "2026-06-29T00:00:00+01:00");

        assertThat(sent.getFirst()).isEqualTo(new ClinicCalendar.ClientEntry("olivia", "Assessment: olivia",
                "2026-06-23T09:00:00+01:00", "2026-06-23T10:00:00+01:00", List.of("best-kind-assessment"), true,
                "Amira Khan · Room 1"));
    }

    @Test
    void anEntryGivenInAnotherZoneIsShownAtItsLondonTime() {
        CalendarEntry fromUtc = new CalendarEntry("x", "X", ZonedDateTime.parse("2026-06-23T08:00:00Z"),
                ZonedDateTime.parse("2026-06-23T09:00:00Z"), "assessment", false, null);

        assertThat(fromUtc.start()).isEqualTo(london("2026-06-23T09:00"));
    }

    @Test
    void aSelectionOverFreeTimeReachesTheListenerInLondonTime() {
        List<DateSelectionEvent> selections = new ArrayList<>();
        calendar.addDateSelectionListener(selections::add);

        calendar.selectRange("2026-06-25T14:00:00+01:00", "2026-06-25T15:30:00+01:00", false);

        assertThat(selections).singleElement().satisfies(selection -> {
            assertThat(selection.start()).isEqualTo(london("2026-06-25T14:00"));
            assertThat(selection.end()).isEqualTo(london("2026-06-25T15:30"));
            assertThat(selection.allDay()).isFalse();
        });
    }

    @Test
    void aClickNamesTheEntryAsTheProviderGaveIt() {
        List<CalendarEntry> clicked = new ArrayList<>();
        calendar.addEntryClickListener(click -> clicked.add(click.entry()));
        calendar.fetchEntries("2026-06-22T00:00:00+01:00", "2026-06-29T00:00:00+01:00");

        calendar.clickEntry("olivia");

        assertThat(clicked).extracting(CalendarEntry::title).containsExactly("Assessment: olivia");
    }

    @Test
    void aMoveNobodyRefusesStands() {
        List<EntryMoveEvent> moves = new ArrayList<>();
        calendar.addEntryMoveListener(moves::add);
        calendar.fetchEntries("2026-06-22T00:00:00+01:00", "2026-06-29T00:00:00+01:00");

        boolean accepted = calendar.moveEntry("olivia", "2026-06-24T11:00:00+01:00", "2026-06-24T12:00:00+01:00");

        assertThat(accepted).isTrue();
        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.entry().start()).isEqualTo(london("2026-06-23T09:00"));
            assertThat(move.newStart()).isEqualTo(london("2026-06-24T11:00"));
            assertThat(move.newEnd()).isEqualTo(london("2026-06-24T12:00"));
        });
        expectNoNotifications();
    }

    @Test
    void aRefusedMoveIsUndoneAndTheUserToldWhy() {
        calendar.addEntryMoveListener(move -> move.refuse("Room 1 is already booked then."));
        calendar.fetchEntries("2026-06-22T00:00:00+01:00", "2026-06-29T00:00:00+01:00");

        boolean accepted = calendar.moveEntry("olivia", "2026-06-23T12:00:00+01:00", "2026-06-23T13:00:00+01:00");

        assertThat(accepted).isFalse();
        expectNotifications("Room 1 is already booked then.");
    }

    @Test
    void anEntryThatIsNotEditableOrNotShownCannotBeMoved() {
        List<EntryMoveEvent> moves = new ArrayList<>();
        calendar.addEntryMoveListener(moves::add);
        calendar.fetchEntries("2026-06-22T00:00:00+01:00", "2026-06-29T00:00:00+01:00");

        assertThat(calendar.moveEntry("training", "2026-06-23T14:00:00+01:00", "2026-06-23T15:00:00+01:00")).isFalse();
        assertThat(calendar.moveEntry("someone-else", "2026-06-23T14:00:00+01:00", "2026-06-23T15:00:00+01:00"))
                .isFalse();
        assertThat(moves).isEmpty();
        expectNotifications("This entry can't be moved.", "This entry can't be moved.");
    }

    @Test
    void nothingCanBeSelectedOrMovedUntilSomeoneListens() {
        calendar.fetchEntries("2026-06-22T00:00:00+01:00", "2026-06-29T00:00:00+01:00");
        assertThat(calendar.getElement().getProperty("selectable", false)).isFalse();
        assertThat(calendar.getElement().getProperty("movable", false)).isFalse();
        assertThat(calendar.moveEntry("olivia", "2026-06-24T11:00:00+01:00", "2026-06-24T12:00:00+01:00")).isFalse();

        calendar.addDateSelectionListener(selection -> { });
        calendar.addEntryMoveListener(move -> { });

        assertThat(calendar.getElement().getProperty("selectable", false)).isTrue();
        assertThat(calendar.getElement().getProperty("movable", false)).isTrue();
    }

    @Test
    void workingHoursAndTheDayShownGoToTheBrowserAsFullCalendarTakesThem() {
        calendar.setSlotRange(LocalTime.of(8, 0), LocalTime.of(18, 30));
        calendar.setBusinessHours(List.of(BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new BusinessHours(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(10, 0),
                        LocalTime.of(12, 0))));

        assertThat(calendar.getElement().getProperty("slotMinTime")).isEqualTo("08:00");
        assertThat(calendar.getElement().getProperty("slotMaxTime")).isEqualTo("18:30");
        assertThat(calendar.getElement().getPropertyRaw("businessHours")).hasToString(
                "[{\"daysOfWeek\":[1,2,3,4,5],\"startTime\":\"09:00\",\"endTime\":\"17:00\"},"
                        + "{\"daysOfWeek\":[0,6],\"startTime\":\"10:00\",\"endTime\":\"12:00\"}]");
    }

    @Test
    void theViewTheDateAndRefreshesFromJavaReachTheBrowser() {
        calendar.setView(ClinicCalendar.View.MONTH);
        calendar.gotoDate(LocalDate.of(2026, 12, 1));
        calendar.refresh();

        assertThat(calendar.getElement().getProperty("initialView")).isEqualTo("dayGridMonth");
        assertThat(calendar.getElement().getProperty("initialDate")).isEqualTo("2026-12-01");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .extracting(invocation -> invocation.getInvocation().getExpression())
                .anyMatch(call -> call.contains("changeView"))
                .anyMatch(call -> call.contains("gotoDate"))
                .anyMatch(call -> call.contains("refetch"));
    }

    private static CalendarEntry assessment(String id, ZonedDateTime start, boolean editable) {
        return new CalendarEntry(id, "Assessment: " + id, start, start.plusHours(1), "assessment", editable,
                "Amira Khan · Room 1");
    }

    private static ZonedDateTime london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ClinicTime.ZONE);
    }
}
