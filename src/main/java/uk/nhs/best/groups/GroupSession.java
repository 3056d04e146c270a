package uk.nhs.best.groups;

import java.time.ZonedDateTime;

/**
 * One of a programme's sessions.
 *
 * @param appointmentId the session's appointment on the site calendar
 * @param note          why it moved (a bank holiday, a manual move), or null
 * @param cancelled     cancelled with its programme
 */
public record GroupSession(long appointmentId, long programmeId, int number, ZonedDateTime start, ZonedDateTime end,
                           String note, boolean cancelled, long version) {
}
