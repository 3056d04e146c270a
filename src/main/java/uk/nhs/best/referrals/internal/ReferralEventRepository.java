package uk.nhs.best.referrals.internal;

import org.springframework.data.repository.Repository;

/** Insert-only: history is never changed. */
interface ReferralEventRepository extends Repository<ReferralEvent, Long> {

    ReferralEvent save(ReferralEvent event);
}
