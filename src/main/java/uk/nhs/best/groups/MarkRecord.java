package uk.nhs.best.groups;

import java.time.Instant;

/** One mark on the register as it was given: a correction is a later record. */
public record MarkRecord(AttendanceMark mark, Instant recordedAt, String recordedBy) {
}
