package uk.nhs.best.scheduling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.components.calendar.BusinessHours;
import uk.nhs.best.components.calendar.CalendarEntry;
import uk.nhs.best.components.calendar.ClinicCalendar;
import uk.nhs.best.components.calendar.DateSelectionEvent;
import uk.nhs.best.components.calendar.EntryMoveEvent;
import uk.nhs.best.scheduling.AppointmentStatus;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.BookingRequest;
import uk.nhs.best.scheduling.CalendarSetup;
import uk.nhs.best.scheduling.GroupSessionMoves;
import uk.nhs.best.scheduling.GroupSessionSlots;
import uk.nhs.best.scheduling.ScheduledAssessment;
import uk.nhs.best.scheduling.ScheduledGroupSession;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.Role;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.WorkingHours;

/**
 * A site's calendar of assessments and group sessions: book an assessment by clicking or dragging
 * over free time, move either by dragging, open an assessment to cancel it or record its outcome,
 * or a group session to take its register. Changes made by anyone appear without a reload.
 */
@Route("sites/:site/calendar")
@PageTitle("Calendar | BeST portal")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
@SiteMenu(title = "Calendar", order = 5)
public class SiteCalendarView extends Main implements BeforeEnterObserver {

    private static final String ASSESSMENTS = "Assessments";
    private static final String GROUP_SESSIONS = "Group sessions";

    private final transient AssessmentBookings bookings;
    private final transient GroupSessionSlots groupSessions;
    private final transient GroupSessionMoves groupSessionMoves;
    private final transient CurrentUser currentUser;
    private final ClinicCalendar calendar = new ClinicCalendar();
    private final Select<ClinicianSummary> clinicianFilter = new Select<>();
    private final Select<RoomSummary> roomFilter = new Select<>();
    private final Select<String> kindFilter = new Select<>();
    private final Map<String, ScheduledAssessment> shown = new ConcurrentHashMap<>();
    private final Map<String, ScheduledGroupSession> shownSessions = new ConcurrentHashMap<>();
    private String siteCode;
    private List<WorkingHours> hours = List.of();
    private Runnable stopWatching = () -> { };

    public SiteCalendarView(AssessmentBookings bookings, GroupSessionSlots groupSessions,
                            GroupSessionMoves groupSessionMoves, CurrentUser currentUser) {
        this.bookings = bookings;
        this.groupSessions = groupSessions;
        this.groupSessionMoves = groupSessionMoves;
        this.currentUser = currentUser;
        addClassName("site-calendar");
        calendar.setId("site-calendar");
        calendar.setSlotRange(LocalTime.of(7, 0), LocalTime.of(20, 0));
        calendar.setEntryProvider(this::entriesBetween);
        calendar.addDateSelectionListener(this::selected);
        calendar.addEntryClickListener(click -> openEntry(click.entry().id()));
        calendar.addEntryMoveListener(this::moved);
        kindFilter.setItems(ASSESSMENTS, GROUP_SESSIONS);
        kindFilter.setEmptySelectionCaption("All appointments");
        kindFilter.setItemLabelGenerator(kind -> kind == null ? "All appointments" : kind);
        kindFilter.setAriaLabel("Kind of appointment");
        for (Select<?> filter : List.of(clinicianFilter, roomFilter, kindFilter)) {
            filter.setEmptySelectionAllowed(true);
            filter.addValueChangeListener(change -> filtersChanged());
        }
        clinicianFilter.setEmptySelectionCaption("All clinicians");
        clinicianFilter.setItemLabelGenerator(c -> c == null ? "All clinicians" : c.name());
        clinicianFilter.setAriaLabel("Clinician");
        roomFilter.setEmptySelectionCaption("All rooms");
        roomFilter.setItemLabelGenerator(r -> r == null ? "All rooms" : r.name());
        roomFilter.setAriaLabel("Room");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        CalendarSetup setup = bookings.calendarSetup(siteCode);
        hours = setup.workingHours();
        clinicianFilter.setItems(setup.clinicians());
        roomFilter.setItems(setup.rooms());
        Div filters = new Div(clinicianFilter, roomFilter, kindFilter);
        filters.addClassName("filters");
        removeAll();
        add(new H2("Calendar: " + setup.siteName()), filters, calendar);
        filtersChanged();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (siteCode != null) {
            stopWatching = bookings.watchCalendar(siteCode, () -> ui.access(calendar::refresh));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWatching.run();
    }

    private void filtersChanged() {
        ClinicianSummary clinician = clinicianFilter.getValue();
        calendar.setBusinessHours(hours.stream().filter(h -> clinician == null || h.staffId() == clinician.id())
                .map(h -> new BusinessHours(Set.of(h.day()), h.starts(), h.ends())).distinct().toList());
        calendar.refresh();
    }

    private List<CalendarEntry> entriesBetween(ZonedDateTime from, ZonedDateTime to) {
        ClinicianSummary clinician = clinicianFilter.getValue();
        RoomSummary room = roomFilter.getValue();
        // Only what is on screen can be clicked or dragged: keep that, not every range ever shown.
        shown.clear();
        shownSessions.clear();
        List<CalendarEntry> entries = new ArrayList<>();
        if (!GROUP_SESSIONS.equals(kindFilter.getValue())) {
            bookings.between(siteCode, from, to).stream()
                    .filter(a -> clinician == null || a.clinicianId() == clinician.id())
                    .filter(a -> room == null || a.roomId() == room.id())
                    .forEach(a -> {
                        String id = "assessment-" + a.id();
                        shown.put(id, a);
                        entries.add(new CalendarEntry(id, a.patientName(), a.start(), a.end(), "assessment",
                                a.status() == AppointmentStatus.BOOKED, a.clinicianName() + " · " + a.roomName()));
                    });
        }
        if (!ASSESSMENTS.equals(kindFilter.getValue())) {
            groupSessions.between(siteCode, from, to).stream()
                    .filter(g -> clinician == null || g.clinicianIds().contains(clinician.id()))
                    .filter(g -> room == null || g.roomId() == room.id())
                    .forEach(g -> {
                        String id = "group-session-" + g.id();
                        shownSessions.put(id, g);
                        entries.add(new CalendarEntry(id, g.title(), g.start(), g.end(), "group-session",
                                g.status() == AppointmentStatus.BOOKED, g.clinicianNames() + " · " + g.roomName()));
                    });
        }
        entries.sort(Comparator.comparing(CalendarEntry::start));
        return entries;
    }

    private void selected(DateSelectionEvent selection) {
        if (selection.allDay()) {
            calendar.setView(ClinicCalendar.View.DAY);
            calendar.gotoDate(selection.start().toLocalDate());
            return;
        }
        long minutes = Duration.between(selection.start(), selection.end()).toMinutes();
        openBooking(selection.start(), minutes <= 30 ? BookingRequest.DEFAULT_MINUTES : (int) minutes);
    }

    void openBooking(ZonedDateTime start, int minutes) {
        new BookingDialog(bookings, siteCode, start.toLocalDateTime(), minutes,
                currentUser.require().hasRole(Role.SITE_MANAGER), calendar::refresh).open();
    }

    void openEntry(String entryId) {
        ScheduledGroupSession session = shownSessions.get(entryId);
        if (session != null) {
            // The register belongs to the group programmes feature: reached by its route, not its class.
            UI.getCurrent().navigate("sites/" + siteCode + "/group-sessions/" + session.id());
        } else {
            open(shown.get(entryId));
        }
    }

    void open(ScheduledAssessment assessment) {
        if (assessment != null) {
            new AssessmentDialog(bookings, assessment, currentUser.require().hasRole(Role.CLINICIAN),
                    calendar::refresh).open();
        }
    }

    private void moved(EntryMoveEvent move) {
        ScheduledGroupSession session = shownSessions.get(move.entry().id());
        if (session != null) {
            try {
                groupSessionMoves.move(session.id(), session.version(), move.newStart().toLocalDateTime(),
                        move.newEnd().toLocalDateTime(), false);
            } catch (RefusedException refusal) {
                move.refuse(refusal.getMessage());
            }
            return;
        }
        ScheduledAssessment assessment = shown.get(move.entry().id());
        try {
            bookings.move(assessment.id(), assessment.version(), move.newStart().toLocalDateTime(),
                    move.newEnd().toLocalDateTime(), null);
        } catch (RefusedException refusal) {
            move.refuse(refusal.getMessage());
        }
    }
}
