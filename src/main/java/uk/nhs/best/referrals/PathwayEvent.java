package uk.nhs.best.referrals;

import java.time.Instant;

/** One step a referral took: who moved it, when, from where to where, and why. */
public record PathwayEvent(long referralId, Instant occurredAt, String actor, PathwayStep step, PathwayStage from,
                           PathwayStage to, String reason) {
}
