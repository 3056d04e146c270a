package uk.nhs.best.staff;

import java.util.List;

/** A site's clinicians and their hours, for other features; callers do their own access checks. */
public interface StaffDirectory {

    /** Clinicians who work at the site and are active. */
    long countClinicians(long siteId);

    /** The site's active clinicians, by name. */
    List<ClinicianSummary> clinicians(long siteId);

    /** Every active clinician's weekly hours at the site. */
    List<WorkingHours> workingHours(long siteId);
}
