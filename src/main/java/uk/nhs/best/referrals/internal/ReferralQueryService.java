package uk.nhs.best.referrals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.referrals.PathwayEvent;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.referrals.WaitingListFigures;
import uk.nhs.best.referrals.ScreeningBacklog;

@Service
@Transactional(readOnly = true)
class ReferralQueryService implements ReferralQueries {

    private final ReferralRepository referrals;
    private final ReferralReadModel reads;

    ReferralQueryService(ReferralRepository referrals, ReferralReadModel reads) {
        this.referrals = referrals;
        this.reads = reads;
    }

    @Override
    public ScreeningBacklog screeningBacklog(long siteId) {
        return referrals.backlog(siteId, PathwayStage.AWAITING_SCREENING);
    }

    @Override
    public List<WaitingListFigures> waitingListFigures(long siteId, LocalDate today, int assessmentTargetWeeks,
                                                       int groupTargetWeeks) {
        return reads.waitingListFigures(siteId, today, assessmentTargetWeeks, groupTargetWeeks);
    }

    @Override
    public Optional<ReferralSummary> referral(long referralId) {
        return reads.summary(referralId);
    }

    @Override
    public List<ReferralSummary> referralsOf(long patientId) {
        return reads.referralsOf(patientId);
    }

    @Override
    public List<PathwayEvent> historyOf(long patientId) {
        return reads.historyOf(patientId);
    }
}
