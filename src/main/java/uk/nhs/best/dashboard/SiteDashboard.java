package uk.nhs.best.dashboard;

import java.time.LocalDate;
import uk.nhs.best.groups.GroupTasks;

/**
 * A site's headline figures.
 *
 * @param oldestReferralDate referral date of the longest-waiting unscreened referral, or null
 * @param longestWaitDays    days that referral has waited, or 0
 * @param groupTasks         freed places to offer, follow-ups and programmes short of patients
 */
public record SiteDashboard(String siteCode, String siteName, LocalDate today, long patients, long clinicians,
                            long rooms, long referralsAwaitingScreening, LocalDate oldestReferralDate,
                            long longestWaitDays, GroupTasks groupTasks) {
}
