package uk.nhs.best.patientrecord;

import java.time.Instant;

/**
 * One thing that happened in a patient's care.
 *
 * @param by     who did it (a login name), or null
 * @param detail a reason or note, or null
 */
public record TimelineEntry(Instant at, String siteName, String title, String detail, String by) {
}
