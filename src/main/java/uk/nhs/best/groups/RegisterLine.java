package uk.nhs.best.groups;

import java.util.List;

/**
 * A patient on a session's register.
 *
 * @param mark    the current mark, or null when not yet marked
 * @param history every mark given, oldest first, corrections included
 */
public record RegisterLine(long enrolmentId, long patientId, String patientName, AttendanceMark mark,
                           List<MarkRecord> history) {
}
