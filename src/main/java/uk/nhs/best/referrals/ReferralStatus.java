package uk.nhs.best.referrals;

/** Where a GP referral stands in screening. */
public enum ReferralStatus {
    AWAITING_SCREENING,
    ON_HOLD,
    ACCEPTED,
    REJECTED
}
