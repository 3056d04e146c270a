package uk.nhs.best.dashboard;

import java.time.LocalDate;

/**
 * A site's headline figures.
 *
 * @param oldestReferralDate referral date of the longest-waiting unscreened referral, or null
 * @param longestWaitDays    days that referral has waited, or 0
 */
public record SiteDashboard(String siteCode, String siteName, LocalDate today, long patients, long clinicians,
                            long rooms, long referralsAwaitingScreening, LocalDate oldestReferralDate,
                            long longestWaitDays) {
}
