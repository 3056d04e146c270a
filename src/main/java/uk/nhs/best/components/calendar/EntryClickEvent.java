package uk.nhs.best.components.calendar;

import com.vaadin.flow.component.ComponentEvent;

/** The user clicked an entry the calendar shows. */
public class EntryClickEvent extends ComponentEvent<ClinicCalendar> {

    private final CalendarEntry entry;

    EntryClickEvent(ClinicCalendar source, CalendarEntry entry) {
        super(source, true);
        this.entry = entry;
    }

    public CalendarEntry entry() {
        return entry;
    }
}
