package uk.nhs.best.referrals;

import uk.nhs.best.patients.PatientSummary;

/**
 * A referral just recorded.
 *
 * @param existingPatient the patient was already known and was linked, not created again
 */
public record RecordedReferral(long referralId, PatientSummary patient, boolean existingPatient) {
}
