package uk.nhs.best.patients;

/**
 * The patient a referral is for.
 *
 * @param existing true when the NHS number was already known, so the referral is linked to that
 *                 patient and nothing typed for a new patient was used
 */
public record PatientRegistration(PatientSummary patient, boolean existing) {
}
