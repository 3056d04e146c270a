package uk.nhs.best.components.calendar;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.nhs.best.common.ClinicTime;

/**
 * Test only (never shipped): a calendar on {@link CalendarTestDiary} whose listeners save moves,
 * refuse clashes and write what reached the server in a log on the page.
 */
@Route(value = "test/calendar", autoLayout = false)
@PageTitle("Calendar test")
@AnonymousAllowed
public class CalendarTestPage extends Main {

    private final transient CalendarTestDiary diary;
    private final ClinicCalendar calendar = new ClinicCalendar();
    private final Div log = new Div();
    private Runnable stopWatching;

    CalendarTestPage(CalendarTestDiary diary) {
        this.diary = diary;
        calendar.setId("calendar");
        calendar.setSlotRange(LocalTime.of(8, 0), LocalTime.of(18, 0));
        calendar.setBusinessHours(List.of(BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        calendar.setEntryProvider(diary::between);
        calendar.addDateSelectionListener(selection ->
                write("Selected " + span(selection.start(), selection.end())));
        calendar.addEntryClickListener(click -> write("Opened " + click.entry().title()));
        calendar.addEntryMoveListener(move -> diary.clashWith(move.entry().id(), move.newStart(), move.newEnd())
                .ifPresentOrElse(
                        clash -> move.refuse("It would clash with " + clash.title() + "."),
                        () -> {
                            diary.save(move.entry().movedTo(move.newStart(), move.newEnd()));
                            write("Moved " + move.entry().title() + " to " + span(move.newStart(), move.newEnd()));
                        }));
        log.setId("calendar-log");
        add(calendar, log);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Bookings made elsewhere redraw this calendar through Push.
        stopWatching = diary.watch(entry -> attach.getUI().access(calendar::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWatching.run();
    }

    private void write(String line) {
        log.add(new Paragraph(line));
    }

    private static String span(ZonedDateTime start, ZonedDateTime end) {
        return ClinicTime.DATE_TIME.format(start) + " to " + ClinicTime.DATE_TIME.format(end);
    }
}
