package uk.nhs.best.scheduling;

import java.time.ZonedDateTime;
import java.util.List;

/** A group session as the site calendar shows it; times in London. */
public record ScheduledGroupSession(long id, String title, ZonedDateTime start, ZonedDateTime end, long roomId,
                                    String roomName, List<Long> clinicianIds, String clinicianNames,
                                    AppointmentStatus status, long version) {
}
