package uk.nhs.best.referrals.internal;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ScreeningBacklog;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("""
            select new uk.nhs.best.referrals.ScreeningBacklog(count(r), min(r.referralDate))
            from Referral r where r.siteId = :siteId and r.stage = :stage""")
    ScreeningBacklog backlog(long siteId, PathwayStage stage);

    boolean existsByPatientIdAndSiteIdAndStageNotIn(long patientId, long siteId, Collection<PathwayStage> closed);
}
