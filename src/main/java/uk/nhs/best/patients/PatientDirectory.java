package uk.nhs.best.patients;

import java.util.Optional;

/** Figures and look-ups about patients for other features; callers do their own access checks. */
public interface PatientDirectory {

    long countAtSite(long siteId);

    Optional<PatientSummary> find(long patientId);
}
