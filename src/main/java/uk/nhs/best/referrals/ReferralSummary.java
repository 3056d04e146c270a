package uk.nhs.best.referrals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral as the patient record and the screening screen show it.
 *
 * @param version what a decision must quote, so that a decision on a stale screen is refused
 */
public record ReferralSummary(long id, long patientId, long siteId, String siteCode, String siteName,
                              LocalDate referralDate, String gpPractice, String reason, String notes,
                              PathwayStage stage, Instant stageChangedAt, String stageReason, long version) {
}
