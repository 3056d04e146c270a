package uk.nhs.best.components.calendar;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.nhs.best.common.ClinicTime;

/**
 * One appointment or session on a {@link ClinicCalendar}.
 *
 * @param id       the caller's identifier, given back on clicks and moves
 * @param title    what the calendar shows first, e.g. the patient or the group
 * @param start    when it starts; kept in London time
 * @param end      when it ends, after {@code start}; kept in London time
 * @param kind     picks the colour, as the CSS class {@code best-kind-<kind>}: {@code assessment},
 *                 {@code group-session}, or any other lower-case word for the default colour
 * @param editable whether the user may drag or resize it (the move listener still decides)
 * @param detail   second line, e.g. clinician and room; may be {@code null}
 */
public record CalendarEntry(String id, String title, ZonedDateTime start, ZonedDateTime end, String kind,
                            boolean editable, String detail) implements Serializable {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    public CalendarEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        start = start.withZoneSameInstant(ClinicTime.ZONE);
        end = end.withZoneSameInstant(ClinicTime.ZONE);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An entry must end after it starts: " + id);
        }
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("An entry's kind is a lower-case CSS word, not '" + kind + "'");
        }
    }

    /** The same entry at other times, as after a move. */
    public CalendarEntry movedTo(ZonedDateTime newStart, ZonedDateTime newEnd) {
        return new CalendarEntry(id, title, newStart, newEnd, kind, editable, detail);
    }
}
