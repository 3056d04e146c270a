package uk.nhs.best.groups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.AttendanceMark;
import uk.nhs.best.groups.Enrolment;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.GroupSession;
import uk.nhs.best.groups.ProgrammePlan;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.referrals.PathwaySteps;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.CalendarSetup;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.support.BrowserlessUiTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

class GroupProgrammeScreensUiTest extends BrowserlessUiTest {

    // Each programme takes its own run of Wednesdays far ahead, clear of other tests' bookings
    // (those use Mondays and Tuesdays) and of each other: a series spans 6 weeks, 8 with bank holidays.
    private static final AtomicInteger WEEK = new AtomicInteger(60 + ThreadLocalRandom.current().nextInt(40));

    @Autowired
    TestReferrals referrals;

    @Autowired
    PathwaySteps pathway;

    @Autowired
    GroupProgrammes programmes;

    @Autowired
    Enrolments enrolments;

    @Autowired
    AssessmentBookings bookings;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void planningAProgrammeFromTheList() {
        logInAs("manager.bedford");
        assertThat(menu()).contains("Calendar", "Group programmes");
        navigateTo("sites/bedford/programmes");
        _click(_get(Button.class, spec -> spec.withId("plan-programme")));
        PlanProgrammeDialog dialog = _get(PlanProgrammeDialog.class);

        _click(dialog.check);
        assertThat(dialog.room.getErrorMessage()).as("mistakes are shown next to their fields")
                .isEqualTo("Choose a room.");
        assertThat(dialog.facilitators.getErrorMessage()).isEqualTo("Choose one or two facilitators.");
        assertThat(dialog.book.isEnabled()).isFalse();

        LocalDate wednesday = nextWednesdays();
        _setValue(dialog.room, dialog.room.getListDataView().getItems()
                .filter(r -> r.name().equals("Group room 1")).findFirst().orElseThrow());
        _setValue(dialog.facilitators, clinicians(dialog, "Amira Khan", "Tom Hughes"));
        _setValue(dialog.firstDate, wednesday.minusDays(2));
        assertThat(dialog.day.getValue()).as("the weekday follows the date").isEqualTo(DayOfWeek.MONDAY);
        _setValue(dialog.day, DayOfWeek.WEDNESDAY);
        _setValue(dialog.startTime, LocalTime.of(10, 15));
        _click(dialog.check);

        assertThat(dialog.room.isInvalid()).as("fixed fields are cleared").isFalse();
        String name = _get(Paragraph.class, spec -> spec.withId("proposal-name")).getText();
        assertThat(name).startsWith("Wednesdays 10:15 from ").endsWith(" · 6 to 8 patients");
        List<String> sessions = proposedSessions();
        assertThat(sessions).hasSize(6);
        assertThat(sessions.getFirst()).matches("Session 1: \\d\\d/\\d\\d/\\d{4} 10:15–11:45.*");
        assertThat(_find(Span.class, spec -> spec.withClasses("problem"))).isEmpty();
        assertThat(dialog.book.isEnabled()).isTrue();

        _click(dialog.book);
        String programmeName = name.substring(0, name.indexOf(" · "));
        assertThat(notifications()).contains("Booked " + programmeName + " in Group room 1: 6 sessions.");
        assertThat(currentPath()).as("the new programme's page opens").matches("sites/bedford/programmes/\\d+");
        assertThat(ProgrammeView.class).isAssignableFrom(currentView());
        assertThat(_get(H2.class).getText()).isEqualTo(programmeName);
        assertThat(details())
                .contains("Room: Group room 1", "Facilitators: Tom Hughes and Amira Khan", "Status: Active",
                        "Places: 0 of 8 · 8 free", "Group size: 6 to 8 patients");
        assertThat(GridKt._size(sessionsGrid())).isEqualTo(6);

        navigateTo("sites/bedford/programmes");
        @SuppressWarnings("unchecked")
        Grid<ProgrammeSummary> grid = _get(Grid.class, spec -> spec.withId("programmes"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).name().equals(programmeName))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, row, "room")).isEqualTo("Group room 1");
        assertThat(GridKt._getFormatted(grid, row, "places")).isEqualTo("0 of 8 · 8 free");
        assertThat(GridKt._getFormatted(grid, row, "facilitators")).isEqualTo("Tom Hughes and Amira Khan");
        assertThat(GridKt._getFormatted(grid, row, "waiting")).isEqualTo("0");
        GridKt._clickItem(grid, row);
        assertThat(currentPath()).isEqualTo("sites/bedford/programmes/" + GridKt._get(grid, row).id());
    }

    @Test
    void datesThatCannotBeBookedShowWhyAndCannotBeBooked() {
        logInAs("manager.bedford");
        navigateTo("sites/bedford/programmes");
        _click(_get(Button.class, spec -> spec.withId("plan-programme")));
        PlanProgrammeDialog dialog = _get(PlanProgrammeDialog.class);
        _setValue(dialog.room, dialog.room.getListDataView().getItems()
                .filter(r -> r.name().equals("Group room 1")).findFirst().orElseThrow());
        _setValue(dialog.facilitators, clinicians(dialog, "Amira Khan"));
        _setValue(dialog.firstDate, nextWednesdays());
        _setValue(dialog.startTime, LocalTime.of(16, 30));
        _click(dialog.check);

        assertThat(proposedSessions()).hasSize(6).allMatch(session -> session.contains(
                "Amira Khan doesn't work at Bedford") && session.contains("(Wednesday 16:30–18:00)"));
        assertThat(_find(Span.class, spec -> spec.withClasses("problem"))).hasSize(6);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-bookable")).getText())
                .startsWith("These dates can't be booked");
        assertThat(dialog.book.isEnabled()).isFalse();

        _setValue(dialog.startTime, LocalTime.of(14, 0));
        assertThat(dialog.book.isEnabled()).as("a changed plan must be checked again").isFalse();
        _click(dialog.check);
        assertThat(dialog.book.isEnabled()).isTrue();
        assertThat(dialog.room.getValue().name()).as("nothing typed was lost").isEqualTo("Group room 1");
    }

    @Test
    void enrollingAPatientFromTheProgrammePage() {
        long referralId = awaitingGroup("Enrol");
        ProgrammeSummary programme = plan(LocalTime.of(11, 0));
        logInAs("amira.khan");
        navigateTo("sites/bedford/programmes/" + programme.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("enrolled-empty")).getText())
                .isEqualTo("Nobody is enrolled yet.");

        Grid<Enrolments.Candidate> candidates = candidatesGrid();
        int row = candidateRow(candidates, referralId);
        assertThat(GridKt._getFormatted(candidates, row, "name")).isEqualTo("Test Enrol");
        assertThat(GridKt._getFormatted(candidates, row, "weeks")).isEqualTo("14 weeks");
        _click((Button) GridKt._getCellComponent(candidates, row, "enrol"));

        assertThat(notifications()).contains("Test Enrol is enrolled in " + programme.name() + ".");
        assertThat(details())
                .contains("Places: 1 of 8 · 7 free");
        Grid<Enrolment> enrolled = grid("enrolled");
        assertThat(GridKt._findAll(enrolled)).extracting(Enrolment::patientName).containsExactly("Test Enrol");
        assertThat(GridKt._getFormatted(enrolled, 0, "attended")).isEqualTo("0 of 6");
        assertThat(IntStream.range(0, GridKt._size(candidatesGrid()))
                .mapToObj(i -> GridKt._get(candidatesGrid(), i).patient().referralId()))
                .as("an enrolled patient is no longer awaiting a group").doesNotContain(referralId);
    }

    @Test
    void aFullProgrammeOffersItsWaitingListAndAFreedPlaceGoesToTheFirstOnIt() {
        ProgrammeSummary programme = plan(LocalTime.of(13, 0));
        List<Long> eight = IntStream.range(0, 8).mapToObj(i -> awaitingGroup("Full" + i)).toList();
        long ninth = awaitingGroup("Ninth");
        logInAs("manager.bedford");
        navigateTo("sites/bedford/programmes/" + programme.id());
        // Someone else fills the programme while the page is open.
        signIn.as("tom.hughes");
        eight.forEach(referral -> enrolments.enrol(programme.id(), referral));
        signIn.as("manager.bedford");

        Grid<Enrolments.Candidate> candidates = candidatesGrid();
        _click((Button) GridKt._getCellComponent(candidates, candidateRow(candidates, ninth), "enrol"));
        String full = programme.name() + " is full: all 8 places are taken. Put the patient on its waiting list instead?";
        assertThat(notifications()).contains(full);
        assertThat(_get(Paragraph.class, spec -> spec.withText(full))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("add-to-waiting-list")));

        assertThat(notifications()).contains("Test Ninth is on the waiting list for " + programme.name() + ".");
        assertThat(details())
                .contains("Places: 8 of 8 · 0 free");
        assertThat(GridKt._findAll(grid("waiting"))).extracting(Enrolment::patientName).containsExactly("Test Ninth");
        assertThat(GridKt._getFormatted(grid("waiting"), 0, "position")).isEqualTo("1");

        // Withdrawing an enrolled patient offers the place to the first on the waiting list.
        List<Enrolment> enrolledNow = GridKt._findAll(grid("enrolled"));
        int leaving = IntStream.range(0, enrolledNow.size())
                .filter(i -> enrolledNow.get(i).patientName().equals("Test Full0")).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid("enrolled"), leaving, "withdraw"));
        ReasonDialog withdraw = _get(ReasonDialog.class);
        _click(withdraw.confirm);
        assertThat(withdraw.reason.getErrorMessage()).isEqualTo("Say why the patient is withdrawn.");
        _setValue(withdraw.reason, "Moved away");
        _click(withdraw.confirm);
        assertThat(notifications()).contains("Test Full0 was withdrawn from " + programme.name() + ".");
        assertThat(GridKt._findAll(grid("offered"))).extracting(Enrolment::patientName).containsExactly("Test Ninth");

        long offered = GridKt._findAll(grid("offered")).getFirst().id();

        // The site's list shows the offer to answer.
        navigateTo("sites/bedford/programmes");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("offers")).getChildren()
                .map(item -> item.getElement().getTextRecursively()))
                .anyMatch(text -> text.startsWith("Test Ninth: a place on " + programme.name()));
        Button accept = _get(Button.class, spec -> spec.withId("accept-offer-" + offered));
        _click(accept);
        assertThat(notifications()).contains("Test Ninth took the place on " + programme.name() + ".");
        @SuppressWarnings("unchecked")
        Grid<ProgrammeSummary> list = _get(Grid.class, spec -> spec.withId("programmes"));
        ProgrammeSummary shown = GridKt._findAll(list).stream().filter(p -> p.id() == programme.id()).findFirst()
                .orElseThrow();
        int row = GridKt._findAll(list).indexOf(shown);
        assertThat(GridKt._getFormatted(list, row, "places")).isEqualTo("8 of 8 · 0 free");
        assertThat(shown.enrolled()).isEqualTo(8);
    }

    @Test
    void markingAttendanceAndCorrectingIt() {
        long referralId = awaitingGroup("Register");
        ProgrammeSummary programme = plan(LocalTime.of(15, 0));
        long enrolmentId = enrolments.enrol(programme.id(), referralId).id();
        List<GroupSession> sessions = programmes.programme(programme.id()).sessions();
        // Attendance is marked from a session's start, and a programme can't be planned in the past:
        // test set-up puts session 1 yesterday, straight in the database (there is no test clock).
        ZonedDateTime yesterday = LocalDate.now(ClinicTime.ZONE).minusDays(1).atTime(15, 0).atZone(ClinicTime.ZONE);
        jdbc.update("update appointment set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(yesterday.toInstant()), Timestamp.from(yesterday.plusMinutes(90).toInstant()),
                sessions.getFirst().appointmentId());

        logInAs("amira.khan");
        navigateTo("sites/bedford/group-sessions/" + sessions.getFirst().appointmentId());
        assertThat(_get(H2.class).getText()).isEqualTo(programme.name());
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-when")).getText())
                .isEqualTo("Session 1 of 6 · " + ClinicTime.DATE_TIME.format(yesterday) + "–16:30");
        assertThat(mark(enrolmentId).getLabel()).isEqualTo("Test Register");
        assertThat(mark(enrolmentId).getValue()).as("not yet marked").isNull();

        _setValue(mark(enrolmentId), AttendanceMark.ATTENDED);
        assertThat(notifications()).contains("Test Register: Attended.");
        assertThat(mark(enrolmentId).getValue()).isEqualTo(AttendanceMark.ATTENDED);
        assertThat(_find(Span.class, spec -> spec.withId("history-" + enrolmentId))).as("one mark, no history")
                .isEmpty();

        _setValue(mark(enrolmentId), AttendanceMark.DID_NOT_ATTEND);
        assertThat(mark(enrolmentId).getValue()).isEqualTo(AttendanceMark.DID_NOT_ATTEND);
        assertThat(_get(Span.class, spec -> spec.withId("history-" + enrolmentId)).getText())
                .matches("Attended, \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d by amira\\.khan → corrected to "
                        + "Did not attend, \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d by amira\\.khan");

        // Session 2 hasn't started: attendance is refused and the register shows no mark.
        navigateTo("sites/bedford/group-sessions/" + sessions.get(1).appointmentId());
        NotificationsKt.clearNotifications();
        _setValue(mark(enrolmentId), AttendanceMark.ATTENDED);
        assertThat(notifications()).singleElement().asString().startsWith("Session 2 hasn't started yet");
        assertThat(mark(enrolmentId).getValue()).isNull();

        String back = _get(RouterLink.class, spec -> spec.withId("back-to-programme")).getHref();
        assertThat(back).isEqualTo("sites/bedford/programmes/" + programme.id());
        navigateTo(back);
        assertThat(ProgrammeView.class).isAssignableFrom(currentView());
        assertThat(GridKt._getFormatted(grid("enrolled"), 0, "attended")).as("the correction counts")
                .isEqualTo("0 of 6");
    }

    @Test
    void movingSessionsFromTheProgrammePage() {
        ProgrammeSummary programme = plan(LocalTime.of(9, 15));
        logInAs("tom.hughes");
        navigateTo("sites/bedford/programmes/" + programme.id());
        Grid<GroupSession> sessions = sessionsGrid();
        List<GroupSession> before = GridKt._findAll(sessions);

        _click((Button) GridKt._getCellComponent(sessions, 2, "move"));
        MoveSessionDialog dialog = _get(MoveSessionDialog.class);
        _setValue(dialog.date, before.get(0).start().toLocalDate());
        _click(dialog.move);
        assertThat(notifications()).anyMatch(text -> text.startsWith("Nothing was moved. Session 3 on ")
                && text.contains("sessions stay in order"));
        assertThat(dialog.isOpened()).as("a refusal keeps what was typed").isTrue();
        assertThat(dialog.date.getValue()).isEqualTo(before.get(0).start().toLocalDate());
        dialog.close();

        _click((Button) GridKt._getCellComponent(sessionsGrid(), 1, "move"));
        dialog = _get(MoveSessionDialog.class);
        _setValue(dialog.time, LocalTime.of(10, 30));
        _setValue(dialog.onward, true);
        _click(dialog.move);
        String movedTo = ClinicTime.DATE.format(before.get(1).start()) + " 10:30";
        assertThat(notifications()).contains("Session 2 and the later sessions moved to " + movedTo + ".");
        Grid<GroupSession> after = sessionsGrid();
        assertThat(GridKt._getFormatted(after, 0, "when")).isEqualTo(ClinicTime.DATE.format(before.get(0).start())
                + " 09:15–10:45");
        for (int row = 1; row < 6; row++) {
            assertThat(GridKt._getFormatted(after, row, "when")).isEqualTo(
                    ClinicTime.DATE.format(before.get(row).start()) + " 10:30–12:00");
            assertThat(GridKt._getFormatted(after, row, "note")).startsWith("Moved by Tom Hughes on ");
        }
    }

    @Test
    void cancellingAProgrammeThatHasStartedKeepsTheSessionsHeld() {
        long referralId = awaitingGroup("Cancelled");
        ProgrammeSummary programme = plan(LocalTime.of(14, 0));
        enrolments.enrol(programme.id(), referralId);
        // As in the register test: session 1 was held yesterday (set straight in the database).
        ZonedDateTime yesterday = LocalDate.now(ClinicTime.ZONE).minusDays(1).atTime(14, 0).atZone(ClinicTime.ZONE);
        jdbc.update("update appointment set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(yesterday.toInstant()), Timestamp.from(yesterday.plusMinutes(90).toInstant()),
                programmes.programme(programme.id()).sessions().getFirst().appointmentId());

        logInAs("manager.bedford");
        navigateTo("sites/bedford/programmes/" + programme.id());
        _click(_get(Button.class, spec -> spec.withId("cancel-programme")));
        ReasonDialog cancel = _get(ReasonDialog.class);
        _click(cancel.confirm);
        assertThat(cancel.reason.getErrorMessage()).isEqualTo("Say why the programme is cancelled.");
        _setValue(cancel.reason, "Room flooded");
        _click(cancel.confirm);

        assertThat(notifications()).contains(programme.name()
                + " was cancelled. Its patients are back on the list awaiting a group.");
        assertThat(details()).contains("Status: Cancelled: Room flooded");
        assertThat(_find(Button.class, spec -> spec.withId("cancel-programme"))).isEmpty();
        Grid<GroupSession> sessions = sessionsGrid();
        assertThat(GridKt._getFormatted(sessions, 0, "note")).as("the session held yesterday stays held")
                .isNotEqualTo("Cancelled");
        for (int row = 1; row < 6; row++) {
            assertThat(GridKt._getFormatted(sessions, row, "note")).isEqualTo("Cancelled");
        }
        Grid<Enrolment> closed = grid("closed");
        assertThat(GridKt._getFormatted(closed, 0, "name")).isNotNull();
        assertThat(GridKt._findAll(closed)).extracting(Enrolment::patientName).containsExactly("Test Cancelled");
        assertThat(GridKt._getFormatted(closed, 0, "status")).isEqualTo("Programme cancelled");
        assertThat(GridKt._getFormatted(closed, 0, "reason")).isEqualTo("Room flooded");
    }

    @Test
    void recordingCompletionAndOfferingAnotherProgrammeToWhoDidNotComplete() {
        long completes = awaitingGroup("Completes");
        long misses = awaitingGroup("Misses");
        ProgrammeSummary programme = plan(LocalTime.of(12, 0));
        long completesId = enrolments.enrol(programme.id(), completes).id();
        long missesId = enrolments.enrol(programme.id(), misses).id();
        logInAs("amira.khan");
        navigateTo("sites/bedford/programmes/" + programme.id());
        _click(_get(Button.class, spec -> spec.withId("complete-programme")));
        assertThat(notifications()).anyMatch(text -> text.startsWith("The programme hasn't ended: its last session is on "));

        // The whole programme took place over the last 6 days (set straight in the database, as
        // there is no test clock), and its registers were kept.
        List<GroupSession> sessions = programmes.programme(programme.id()).sessions();
        for (GroupSession session : sessions) {
            ZonedDateTime held = LocalDate.now(ClinicTime.ZONE).minusDays(7 - session.number()).atTime(12, 0)
                    .atZone(ClinicTime.ZONE);
            jdbc.update("update appointment set starts_at = ?, ends_at = ? where id = ?", Timestamp.from(
                    held.toInstant()), Timestamp.from(held.plusMinutes(90).toInstant()), session.appointmentId());
        }
        for (GroupSession session : sessions) {
            enrolments.mark(session.appointmentId(), completesId, AttendanceMark.ATTENDED);
            enrolments.mark(session.appointmentId(), missesId, session.number() <= 2 ? AttendanceMark.ATTENDED
                    : AttendanceMark.DID_NOT_ATTEND);
        }
        NotificationsKt.clearNotifications();
        navigateTo("sites/bedford/programmes/" + programme.id());
        assertThat(GridKt._findAll(grid("enrolled"))).extracting(e -> e.patientName() + ": " + e.attended())
                .containsExactlyInAnyOrder("Test Completes: 6", "Test Misses: 2");
        _click(_get(Button.class, spec -> spec.withId("complete-programme")));

        assertThat(notifications()).contains("Completion recorded: 1 completed, 1 did not complete.");
        assertThat(details()).contains("Status: Completed");
        Grid<Enrolment> closed = grid("closed");
        List<Enrolment> gone = GridKt._findAll(closed);
        assertThat(gone).extracting(e -> e.patientName() + ": " + e.status().label() + " (" + e.statusReason() + ")")
                .containsExactlyInAnyOrder("Test Completes: Completed (Attended 6 of 6 sessions)",
                        "Test Misses: Did not complete (Attended 2 of 6 sessions)");

        navigateTo("sites/bedford/group-sessions/" + sessions.getFirst().appointmentId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-closed")).getText())
                .isEqualTo("This register is closed: the programme is completed or cancelled.");
        assertThat(mark(completesId).isReadOnly()).isTrue();
        assertThat(mark(completesId).getValue()).isEqualTo(AttendanceMark.ATTENDED);

        navigateTo("sites/bedford/programmes");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("awaiting-decision")).getChildren()
                .map(item -> item.getElement().getTextRecursively()))
                .contains("Test Misses (" + programme.name() + "): Attended 2 of 6 sessions");

        navigateTo("sites/bedford/programmes/" + programme.id());
        closed = grid("closed");
        gone = GridKt._findAll(closed);
        int row = gone.indexOf(gone.stream().filter(e -> e.id() == missesId).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(closed, row, "decision"));
        assertThat(notifications()).contains("Test Misses is back on the list awaiting a group.");
        assertThat(GridKt._findAll(grid("closed"))).filteredOn(e -> e.id() == missesId).singleElement()
                .extracting(Enrolment::awaitingDecision).isEqualTo(false);
        navigateTo("sites/bedford/programmes");
        assertThat(_find(UnorderedList.class, spec -> spec.withId("awaiting-decision")).stream()
                .flatMap(UnorderedList::getChildren).map(item -> item.getElement().getTextRecursively()))
                .noneMatch(text -> text.startsWith("Test Misses (" + programme.name()));
    }

    @Test
    void anotherSitesClinicianCannotOpenAProgrammeOrItsRegisters() {
        ProgrammeSummary programme = plan(LocalTime.of(9, 30));
        long session = programmes.programme(programme.id()).sessions().getFirst().appointmentId();
        logInAs("priya.patel");
        for (String path : List.of("sites/bedford/programmes", "sites/greenwich/programmes/" + programme.id(),
                "sites/greenwich/group-sessions/" + session)) {
            navigateTo(path);
            assertThat(_get(Main.class, spec -> spec.withId("access-denied")).getElement().getTextRecursively())
                    .as(path).contains("You don't have access to this page").doesNotContain(programme.name());
        }
    }

    // --- set-up through the services, as staff would do it

    /** A new patient at Bedford, accepted, assessed and found suitable: awaiting a group. */
    private long awaitingGroup(String familyName) {
        long id = referrals.awaitingAssessment("amira.khan", "bedford", familyName,
                LocalDate.now(ClinicTime.ZONE).minusWeeks(14).minusDays(3)).id();
        pathway.assessmentBooked(id, "test");
        pathway.assessedSuitable(id);
        return id;
    }

    private ProgrammeSummary plan(LocalTime start) {
        signIn.as("amira.khan");
        CalendarSetup setup = bookings.calendarSetup("bedford");
        long room = setup.rooms().stream().filter(r -> r.name().equals("Group room 1")).findFirst().orElseThrow().id();
        List<Long> facilitators = setup.clinicians().stream()
                .filter(c -> c.name().equals("Amira Khan") || c.name().equals("Tom Hughes"))
                .map(ClinicianSummary::id).toList();
        return programmes.plan("bedford", new ProgrammePlan(room, facilitators, nextWednesdays(), DayOfWeek.WEDNESDAY,
                start));
    }

    private static LocalDate nextWednesdays() {
        return LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .plusWeeks(WEEK.getAndAdd(8));
    }

    private static Set<ClinicianSummary> clinicians(PlanProgrammeDialog dialog, String... names) {
        return dialog.facilitators.getListDataView().getItems().filter(c -> List.of(names).contains(c.name()))
                .collect(Collectors.toSet());
    }

    private static List<String> proposedSessions() {
        return _get(UnorderedList.class, spec -> spec.withId("proposed-sessions")).getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static String details() {
        return _get(Div.class, spec -> spec.withId("programme-details")).getElement().getTextRecursively();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<AttendanceMark> mark(long enrolmentId) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("mark-" + enrolmentId));
    }

    @SuppressWarnings("unchecked")
    private static Grid<GroupSession> sessionsGrid() {
        return _get(Grid.class, spec -> spec.withId("sessions"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Enrolments.Candidate> candidatesGrid() {
        return _get(Grid.class, spec -> spec.withId("candidates"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Enrolment> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static int candidateRow(Grid<Enrolments.Candidate> candidates, long referralId) {
        return IntStream.range(0, GridKt._size(candidates))
                .filter(i -> GridKt._get(candidates, i).patient().referralId() == referralId).findFirst()
                .orElseThrow(() -> new AssertionError("referral " + referralId + " is not among the candidates"));
    }
}
