package uk.nhs.best.staff;

/** Figures about a site's staff. */
public interface StaffDirectory {

    /** Clinicians who work at the site and are active. */
    long countClinicians(long siteId);
}
