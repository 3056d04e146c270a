package uk.nhs.best.patients;

import java.util.List;
import java.util.Optional;

/**
 * Looks patients up and registers new ones, for the features that hold patients' care; callers
 * do their own access checks.
 */
public interface PatientDirectory {

    long countAtSite(long siteId);

    Optional<PatientSummary> find(long patientId);

    Optional<PatientDetails> details(long patientId);

    Optional<PatientSummary> findByNhsNumber(NhsNumber nhsNumber);

    /** By NHS number (any site) or by name among the site's patients, at most {@code limit}. */
    List<PatientSummary> search(long siteId, String text, int limit);

    /**
     * The patient with this NHS number, linked as they are; or a new patient registered at the
     * site after checking every field.
     *
     * @throws uk.nhs.best.common.InvalidInputException naming each field that is wrong
     */
    PatientRegistration findOrRegister(NewPatient patient, long homeSiteId);
}
