package uk.nhs.best.referrals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PathwayStep;

@Entity
@Table(name = "referral")
class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id")
    private Long patientId;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "referral_date")
    private LocalDate referralDate;

    @Column(name = "gp_practice")
    private String gpPractice;

    private String reason;
    private String notes;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    private PathwayStage stage;

    @Column(name = "stage_changed_at")
    private Instant stageChangedAt;

    @Column(name = "stage_reason")
    private String stageReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Referral() {
    }

    Referral(long patientId, long siteId, LocalDate referralDate, String gpPractice, String reason, String notes,
             String recordedBy, Instant now) {
        this.patientId = patientId;
        this.siteId = siteId;
        this.referralDate = referralDate;
        this.gpPractice = gpPractice;
        this.reason = reason;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.stage = PathwayStage.AWAITING_SCREENING;
        this.stageChangedAt = now;
        this.createdAt = now;
    }

    /**
     * Takes one step on the pathway, or refuses it with a reason a clinician understands.
     *
     * @param doing the step in words, e.g. "accepted", for the refusal message
     */
    ReferralEvent moveTo(PathwayStage to, PathwayStep step, String why, String actor, Instant at, String doing) {
        if (!stage.canMoveTo(to)) {
            throw new RefusedException("This referral is " + stage.label().toLowerCase(Locale.UK)
                    + ", so it can't be " + doing + ". Nothing was changed.");
        }
        ReferralEvent event = new ReferralEvent(id, at, actor, step, stage, to, why);
        stage = to;
        stageChangedAt = at;
        stageReason = why;
        return event;
    }

    ReferralEvent received(String actor) {
        return new ReferralEvent(id, createdAt, actor, PathwayStep.RECEIVED, null, stage, null);
    }

    Long id() {
        return id;
    }

    long patientId() {
        return patientId;
    }

    long siteId() {
        return siteId;
    }

    long version() {
        return version;
    }
}
