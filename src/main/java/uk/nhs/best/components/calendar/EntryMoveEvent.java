package uk.nhs.best.components.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The user dragged or resized an entry. The move stands unless a listener {@link #refuse refuses}
 * it; a refused move snaps back in the browser and the user is told the reason.
 */
public class EntryMoveEvent extends ComponentEvent<ClinicCalendar> {

    private final CalendarEntry entry;
    private final ZonedDateTime newStart;
    private final ZonedDateTime newEnd;
    private String refusal;

    EntryMoveEvent(ClinicCalendar source, CalendarEntry entry, ZonedDateTime newStart, ZonedDateTime newEnd) {
        super(source, true);
        this.entry = entry;
        this.newStart = newStart;
        this.newEnd = newEnd;
    }

    /** The entry as it was before the move. */
    public CalendarEntry entry() {
        return entry;
    }

    public ZonedDateTime newStart() {
        return newStart;
    }

    public ZonedDateTime newEnd() {
        return newEnd;
    }

    /** Undoes the move and shows the user {@code reason}, in plain English. */
    public void refuse(String reason) {
        this.refusal = Objects.requireNonNull(reason, "reason");
    }

    public boolean isRefused() {
        return refusal != null;
    }

    String refusal() {
        return refusal;
    }
}
