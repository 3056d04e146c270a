package uk.nhs.best.referrals;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.referrals.internal.PathwayMoves;

/**
 * A clinician's decisions on a referral: screening (accept, reject, hold for more information)
 * and discharge. Each quotes the version the clinician saw, so two clinicians deciding at once
 * can't both win; each is checked against the referral's site and the pathway's rules.
 */
@Service
public class ReferralDecisions {

    private final PathwayMoves moves;
    private final ApplicationEventPublisher events;

    ReferralDecisions(PathwayMoves moves, ApplicationEventPublisher events) {
        this.moves = moves;
        this.events = events;
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional(readOnly = true)
    public ReferralSummary referral(long referralId) {
        return moves.readable(referralId);
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public ReferralSummary accept(long referralId, long seenVersion) {
        return moves.move(referralId, seenVersion, PathwayStage.AWAITING_ASSESSMENT, PathwayStep.ACCEPTED, null,
                AuditAction.REFERRAL_ACCEPTED, "accepted");
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public ReferralSummary reject(long referralId, long seenVersion, String reason) {
        return moves.move(referralId, seenVersion, PathwayStage.REJECTED, PathwayStep.REJECTED,
                required(reason, "Say why the referral is rejected."), AuditAction.REFERRAL_REJECTED, "rejected");
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public ReferralSummary putOnHold(long referralId, long seenVersion, String informationNeeded) {
        return moves.move(referralId, seenVersion, PathwayStage.ON_HOLD, PathwayStep.PUT_ON_HOLD,
                required(informationNeeded, "Say what information is needed."), AuditAction.REFERRAL_PUT_ON_HOLD,
                "put on hold");
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public ReferralSummary informationReceived(long referralId, long seenVersion, String note) {
        return moves.move(referralId, seenVersion, PathwayStage.AWAITING_SCREENING, PathwayStep.INFORMATION_RECEIVED,
                required(note, "Note what information was received."), AuditAction.REFERRAL_INFORMATION_RECEIVED,
                "returned to screening");
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public ReferralSummary discharge(long referralId, long seenVersion, DischargeReason reason, String note) {
        if (reason == null) {
            throw new InvalidInputException(Map.of("reason", "Choose why the patient is discharged."));
        }
        String why = reason.label() + (note == null || note.isBlank() ? "" : ": " + note.trim());
        ReferralSummary discharged = moves.move(referralId, seenVersion, PathwayStage.DISCHARGED,
                PathwayStep.DISCHARGED, limited(why), AuditAction.PATIENT_DISCHARGED, "discharged");
        events.publishEvent(new PatientDischarged(referralId, discharged.patientId(), discharged.siteId()));
        return discharged;
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Map.of("reason", message));
        }
        return limited(text.trim());
    }

    private static String limited(String text) {
        if (text.length() > 2000) {
            throw new InvalidInputException(Map.of("reason", "Use at most 2,000 characters."));
        }
        return text;
    }
}
