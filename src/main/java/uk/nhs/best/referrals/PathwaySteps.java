package uk.nhs.best.referrals;

import org.springframework.stereotype.Service;
import uk.nhs.best.referrals.internal.PathwayMoves;

/**
 * Steps that other features take on a referral as part of their own work (booking an
 * assessment moves the patient to "assessment booked"), inside the caller's transaction, so
 * both happen or neither. The caller has checked who may do it and writes the audit line; the
 * site and stage rules are checked here again and the step goes into the referral's history.
 */
@Service
public class PathwaySteps {

    private final PathwayMoves moves;

    PathwaySteps(PathwayMoves moves) {
        this.moves = moves;
    }

    public void assessmentBooked(long referralId, String when) {
        step(referralId, PathwayStage.ASSESSMENT_BOOKED, PathwayStep.ASSESSMENT_BOOKED, when, "booked");
    }

    public void assessmentCancelled(long referralId, String why) {
        step(referralId, PathwayStage.AWAITING_ASSESSMENT, PathwayStep.ASSESSMENT_CANCELLED, why,
                "returned to the waiting list");
    }

    public void assessmentNotAttended(long referralId) {
        step(referralId, PathwayStage.AWAITING_ASSESSMENT, PathwayStep.ASSESSMENT_NOT_ATTENDED, null,
                "returned to the waiting list");
    }

    public void assessedSuitable(long referralId) {
        step(referralId, PathwayStage.AWAITING_GROUP, PathwayStep.ASSESSED_SUITABLE, null, "moved to a group list");
    }

    public void assessedNotSuitable(long referralId, String why) {
        step(referralId, PathwayStage.DISCHARGED, PathwayStep.ASSESSED_NOT_SUITABLE, why, "discharged");
    }

    public void enrolledInGroup(long referralId, String programme) {
        step(referralId, PathwayStage.IN_GROUP, PathwayStep.ENROLLED_IN_GROUP, programme, "enrolled");
    }

    /** Withdrawn, or the programme was cancelled: back on the group list with the original referral date. */
    public void leftGroup(long referralId, String why) {
        step(referralId, PathwayStage.AWAITING_GROUP, PathwayStep.LEFT_GROUP, why, "returned to the group list");
    }

    public void programmeCompleted(long referralId, String programme) {
        step(referralId, PathwayStage.DISCHARGED, PathwayStep.PROGRAMME_COMPLETED,
                DischargeReason.COMPLETED.label() + ": " + programme, "discharged");
    }

    private void step(long referralId, PathwayStage to, PathwayStep step, String why, String doing) {
        long version = moves.readable(referralId).version();
        moves.move(referralId, version, to, step, why, null, doing);
    }
}
