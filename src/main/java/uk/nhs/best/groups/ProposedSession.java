package uk.nhs.best.groups;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One session of a proposed series.
 *
 * @param note     why it is not where the weekly pattern would put it (a bank holiday), or null
 * @param problems what stops it being booked (a clash, working hours, a past date); empty when free
 */
public record ProposedSession(int number, ZonedDateTime start, ZonedDateTime end, String note,
                              List<String> problems) {
}
