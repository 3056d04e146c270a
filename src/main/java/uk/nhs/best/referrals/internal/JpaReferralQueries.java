package uk.nhs.best.referrals.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralStatus;
import uk.nhs.best.referrals.ScreeningBacklog;

@Service
@Transactional(readOnly = true)
class JpaReferralQueries implements ReferralQueries {

    private final ReferralRepository referrals;

    JpaReferralQueries(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public ScreeningBacklog screeningBacklog(long siteId) {
        return referrals.backlog(siteId, ReferralStatus.AWAITING_SCREENING);
    }
}
