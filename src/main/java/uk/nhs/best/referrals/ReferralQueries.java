package uk.nhs.best.referrals;

/** Figures about referrals for other features; callers do their own access checks. */
public interface ReferralQueries {

    ScreeningBacklog screeningBacklog(long siteId);
}
