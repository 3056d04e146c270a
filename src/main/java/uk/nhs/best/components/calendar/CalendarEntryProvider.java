package uk.nhs.best.components.calendar;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Gives a {@link ClinicCalendar} the entries of the range the browser shows, and only those, so a
 * site with years of history costs no more than the week on screen.
 */
@FunctionalInterface
public interface CalendarEntryProvider extends Serializable {

    /**
     * The entries that overlap {@code [from, to)}; both in London time. A week view asks from
     * Monday 00:00 to the next Monday 00:00.
     */
    List<CalendarEntry> entriesBetween(ZonedDateTime from, ZonedDateTime to);
}
