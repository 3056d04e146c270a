package uk.nhs.best.scheduling;

import java.time.LocalDateTime;

/**
 * Moves a group session dragged on the site calendar. The group programmes feature implements it,
 * because the rules of a series (order, length, bank holidays) are its own.
 */
public interface GroupSessionMoves {

    /**
     * Moves the session to [newStart, newEnd) in London time, and with {@code onward} the later
     * sessions of its programme by the same amount; refuses, changing nothing, with the reason.
     */
    void move(long appointmentId, long seenVersion, LocalDateTime newStart, LocalDateTime newEnd, boolean onward);
}
