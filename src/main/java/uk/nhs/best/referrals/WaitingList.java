package uk.nhs.best.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * A site's waiting lists. The waiting-time clock starts at the referral date; each list is held
 * against the target of the step the patient waits for.
 */
public enum WaitingList {
    AWAITING_SCREENING("Awaiting screening", EnumSet.of(PathwayStage.AWAITING_SCREENING, PathwayStage.ON_HOLD), false),
    AWAITING_ASSESSMENT("Awaiting assessment",
            EnumSet.of(PathwayStage.AWAITING_ASSESSMENT, PathwayStage.ASSESSMENT_BOOKED), false),
    AWAITING_GROUP("Awaiting a group", EnumSet.of(PathwayStage.AWAITING_GROUP), true);

    private final String label;
    private final Set<PathwayStage> stages;
    private final boolean groupTarget;

    WaitingList(String label, Set<PathwayStage> stages, boolean groupTarget) {
        this.label = label;
        this.stages = stages;
        this.groupTarget = groupTarget;
    }

    public String label() {
        return label;
    }

    public Set<PathwayStage> stages() {
        return stages;
    }

    /** Whether the list is held against the group target (else the assessment target). */
    public boolean usesGroupTarget() {
        return groupTarget;
    }
}
