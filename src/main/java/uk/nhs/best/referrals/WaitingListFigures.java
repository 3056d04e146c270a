package uk.nhs.best.referrals;

import java.time.LocalDate;

/**
 * A waiting list's headline figures at a site.
 *
 * @param oldestReferralDate the longest waiter's referral date, or null when nobody waits
 */
public record WaitingListFigures(WaitingList list, int waiting, int breached, int dueSoon,
                                 LocalDate oldestReferralDate) {
}
