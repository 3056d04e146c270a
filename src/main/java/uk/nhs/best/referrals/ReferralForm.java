package uk.nhs.best.referrals;

import java.time.LocalDate;
import uk.nhs.best.patients.NewPatient;

/**
 * A GP referral as typed at intake. The patient fields are only used when the NHS number is new
 * to the service.
 */
public record ReferralForm(NewPatient patient, String gpPractice, LocalDate referralDate, String reason,
                           String notes) {
}
