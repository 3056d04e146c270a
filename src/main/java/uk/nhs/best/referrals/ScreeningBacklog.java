package uk.nhs.best.referrals;

import java.time.LocalDate;

/**
 * Referrals at a site that nobody has screened yet.
 *
 * @param oldestReferralDate the referral date of the longest waiting, or null when none wait
 */
public record ScreeningBacklog(long waiting, LocalDate oldestReferralDate) {
}
