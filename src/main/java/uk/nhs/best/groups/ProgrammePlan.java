package uk.nhs.best.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a planner chooses for a new programme.
 *
 * @param firstDate    the first session is on {@code day} on or after this date
 * @param facilitatorIds one or two clinicians of the site
 */
public record ProgrammePlan(Long roomId, List<Long> facilitatorIds, LocalDate firstDate, DayOfWeek day,
                            LocalTime startTime) {
}
