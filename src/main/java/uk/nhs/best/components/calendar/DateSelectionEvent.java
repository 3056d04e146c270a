package uk.nhs.best.components.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.ZonedDateTime;

/**
 * The user clicked or dragged over free time: {@code [start, end)} in London time; in the month
 * view whole days ({@link #allDay()}), starting at midnight.
 */
public class DateSelectionEvent extends ComponentEvent<ClinicCalendar> {

    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final boolean allDay;

    DateSelectionEvent(ClinicCalendar source, ZonedDateTime start, ZonedDateTime end, boolean allDay) {
        super(source, true);
        this.start = start;
        this.end = end;
        this.allDay = allDay;
    }

    public ZonedDateTime start() {
        return start;
    }

    public ZonedDateTime end() {
        return end;
    }

    public boolean allDay() {
        return allDay;
    }
}
