package uk.nhs.best.referrals;

import java.util.List;
import java.util.Optional;

/** Figures and histories about referrals for other features; callers do their own access checks. */
public interface ReferralQueries {

    ScreeningBacklog screeningBacklog(long siteId);

    Optional<ReferralSummary> referral(long referralId);

    /** The patient's referrals, newest first. */
    List<ReferralSummary> referralsOf(long patientId);

    /** Every step of the patient's referrals, oldest first. */
    List<PathwayEvent> historyOf(long patientId);
}
