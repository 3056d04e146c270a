package uk.nhs.best.capacity;

import java.time.LocalDate;

/** A group programme already planned at the site (running or to come), as the capacity page lists it. */
public record PlannedProgramme(long id, String name, LocalDate start, int places, int enrolled) {
}
