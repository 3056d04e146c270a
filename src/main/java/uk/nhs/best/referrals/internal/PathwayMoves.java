package uk.nhs.best.referrals.internal;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PathwayStep;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.SiteAccess;

/**
 * Moves a referral one step along the pathway, all or nothing: the site check, the stage rule,
 * the version the clinician saw, the history line and the audit line.
 */
@Component
public class PathwayMoves {

    private final ReferralRepository referrals;
    private final ReferralEventRepository history;
    private final ReferralReadModel reads;
    private final SiteAccess siteAccess;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PathwayMoves(ReferralRepository referrals, ReferralEventRepository history, ReferralReadModel reads,
                 SiteAccess siteAccess, CurrentUser currentUser, ApplicationEventPublisher events,
                 TransactionTemplate transactions, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.reads = reads;
        this.siteAccess = siteAccess;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The referral, if the user works at its site; the same refusal whether it exists or not. */
    public ReferralSummary readable(long referralId) {
        ReferralSummary referral = reads.summary(referralId)
                .orElseThrow(() -> new AccessDeniedException("No such referral."));
        siteAccess.requireStaffAt(referral.siteCode());
        return referral;
    }

    /**
     * @param seenVersion the version on the clinician's screen: if someone decided in between,
     *                    the move is refused and the message says who did what
     * @param audit       the audit line to write, or null where the calling feature writes its own
     * @param doing       the step in words for messages, e.g. "accepted"
     */
    public ReferralSummary move(long referralId, long seenVersion, PathwayStage to, PathwayStep step, String why,
                         AuditAction audit, String doing) {
        try {
            transactions.executeWithoutResult(status -> {
                readable(referralId);
                Referral referral = referrals.findById(referralId).orElseThrow();
                if (referral.version() != seenVersion) {
                    throw changedMeanwhile(referralId);
                }
                ReferralEvent event = referral.moveTo(to, step, why, currentUser.require().username(),
                        clock.instant(), doing);
                referrals.saveAndFlush(referral);
                history.save(event);
                if (audit != null) {
                    events.publishEvent(new AuditEvent(audit, referral.patientId(), referral.siteId(),
                            "Referral " + referralId + ": " + step.label() + (why == null ? "" : " (" + why + ")")));
                }
            });
        } catch (OptimisticLockingFailureException concurrentDecision) {
            throw changedMeanwhile(referralId);
        }
        return reads.summary(referralId).orElseThrow();
    }

    private RefusedException changedMeanwhile(long referralId) {
        ReferralSummary now = reads.summary(referralId).orElseThrow();
        String when = ClinicTime.DATE_TIME.format(now.stageChangedAt().atZone(ClinicTime.ZONE));
        return new RefusedException(reads.lastActor(referralId) + " changed this referral at " + when + ": it is now "
                + now.stage().label().toLowerCase(Locale.UK) + ". Nothing was changed; look at it again before deciding.");
    }
}
