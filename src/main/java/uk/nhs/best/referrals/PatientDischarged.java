package uk.nhs.best.referrals;

/**
 * A clinician discharged the patient of this referral. Published inside the discharge's
 * transaction, so features that hold the patient somewhere (a group place) let go in the same
 * transaction, or the discharge does not happen.
 */
public record PatientDischarged(long referralId, long patientId, long siteId) {
}
