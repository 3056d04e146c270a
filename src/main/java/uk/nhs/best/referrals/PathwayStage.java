package uk.nhs.best.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands on the BeST pathway, and the steps it may take from there. Anything
 * else is refused: a rejected referral can't be booked, a discharged patient is on no list.
 */
public enum PathwayStage {
    AWAITING_SCREENING("Awaiting screening"),
    ON_HOLD("On hold for more information"),
    REJECTED("Rejected at screening"),
    AWAITING_ASSESSMENT("Awaiting assessment"),
    ASSESSMENT_BOOKED("Assessment booked"),
    AWAITING_GROUP("Awaiting a group"),
    IN_GROUP("In a group programme"),
    DISCHARGED("Discharged");

    private final String label;

    PathwayStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == REJECTED || this == DISCHARGED;
    }

    public Set<PathwayStage> next() {
        return switch (this) {
            case AWAITING_SCREENING -> EnumSet.of(AWAITING_ASSESSMENT, REJECTED, ON_HOLD, DISCHARGED);
            case ON_HOLD -> EnumSet.of(AWAITING_SCREENING, DISCHARGED);
            case AWAITING_ASSESSMENT -> EnumSet.of(ASSESSMENT_BOOKED, DISCHARGED);
            case ASSESSMENT_BOOKED -> EnumSet.of(AWAITING_ASSESSMENT, AWAITING_GROUP, DISCHARGED);
            case AWAITING_GROUP -> EnumSet.of(IN_GROUP, DISCHARGED);
            case IN_GROUP -> EnumSet.of(AWAITING_GROUP, DISCHARGED);
            case REJECTED, DISCHARGED -> EnumSet.noneOf(PathwayStage.class);
        };
    }

    public boolean canMoveTo(PathwayStage to) {
        return next().contains(to);
    }
}
