package uk.nhs.best.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Figures and histories about referrals for other features; callers do their own access checks. */
public interface ReferralQueries {

    ScreeningBacklog screeningBacklog(long siteId);

    /** Each waiting list's size, breaches and longest wait at the site, against its targets: one query. */
    List<WaitingListFigures> waitingListFigures(long siteId, LocalDate today, int assessmentTargetWeeks,
                                                int groupTargetWeeks);

    Optional<ReferralSummary> referral(long referralId);

    /** The patient's referrals, newest first. */
    List<ReferralSummary> referralsOf(long patientId);

    /** Every step of the patient's referrals, oldest first. */
    List<PathwayEvent> historyOf(long patientId);
}
