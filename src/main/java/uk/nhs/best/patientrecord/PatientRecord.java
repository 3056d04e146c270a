package uk.nhs.best.patientrecord;

import java.util.List;
import java.util.Optional;
import uk.nhs.best.patients.PatientDetails;
import uk.nhs.best.referrals.ReferralSummary;

/**
 * A patient's record page.
 *
 * @param referrals newest first
 * @param timeline  newest first
 */
public record PatientRecord(PatientDetails patient, String homeSiteName, List<ReferralSummary> referrals,
                            List<TimelineEntry> timeline) {

    /** The referral the patient is on now, if any is still open. */
    public Optional<ReferralSummary> openReferral() {
        return referrals.stream().filter(referral -> !referral.stage().isClosed()).findFirst();
    }
}
