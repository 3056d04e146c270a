package uk.nhs.best.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import uk.nhs.best.referrals.PathwayStage;

/** Writes new referrals with their first history line. */
@Component
public class ReferralStore {

    private final ReferralRepository referrals;
    private final ReferralEventRepository history;
    private final Clock clock;

    ReferralStore(ReferralRepository referrals, ReferralEventRepository history, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.clock = clock;
    }

    public boolean hasOpenReferral(long patientId, long siteId) {
        return referrals.existsByPatientIdAndSiteIdAndStageNotIn(patientId, siteId,
                Arrays.stream(PathwayStage.values()).filter(PathwayStage::isClosed).toList());
    }

    public long recordNew(long patientId, long siteId, LocalDate referralDate, String gpPractice, String reason,
                          String notes, String recordedBy) {
        Referral referral = referrals.save(new Referral(patientId, siteId, referralDate, gpPractice, reason, notes,
                recordedBy, clock.instant()));
        history.save(referral.received(recordedBy));
        return referral.id();
    }
}
