package uk.nhs.best.staff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/** When a clinician works at a site on a weekday, in London time. */
public record WorkingHours(long staffId, DayOfWeek day, LocalTime starts, LocalTime ends) {

    /** How long the stretch is, in hours. */
    public double hours() {
        return Duration.between(starts, ends).toMinutes() / 60.0;
    }

    public boolean covers(DayOfWeek onDay, LocalTime from, LocalTime to) {
        return day == onDay && !from.isBefore(starts) && !to.isAfter(ends);
    }
}
