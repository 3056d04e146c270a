package uk.nhs.best.scheduling;

import java.time.ZonedDateTime;

/** A booked (or past) assessment as calendars and patients see it; times in London. */
public record ScheduledAssessment(long id, long siteId, String siteName, long referralId, long patientId,
                                  String patientName, long clinicianId, String clinicianName, long roomId,
                                  String roomName, ZonedDateTime start, ZonedDateTime end, AppointmentStatus status,
                                  long version) {
}
