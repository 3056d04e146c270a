package uk.nhs.best.staff;

/** A clinician as booking screens list them. */
public record ClinicianSummary(long id, String name, String profession) {
}
