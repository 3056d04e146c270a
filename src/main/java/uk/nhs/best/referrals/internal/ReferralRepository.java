package uk.nhs.best.referrals.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.nhs.best.referrals.ReferralStatus;
import uk.nhs.best.referrals.ScreeningBacklog;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("""
            select new uk.nhs.best.referrals.ScreeningBacklog(count(r), min(r.referralDate))
            from Referral r where r.siteId = :siteId and r.status = :status""")
    ScreeningBacklog backlog(long siteId, ReferralStatus status);
}
