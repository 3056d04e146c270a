package uk.nhs.best.referrals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PathwayStep;

/** One step in a referral's history; written once, never changed (the database refuses updates). */
@Entity
@Table(name = "referral_event")
class ReferralEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private PathwayStep kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private PathwayStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private PathwayStage toStage;

    private String reason;

    protected ReferralEvent() {
    }

    ReferralEvent(Long referralId, Instant occurredAt, String actor, PathwayStep kind, PathwayStage fromStage,
                  PathwayStage toStage, String reason) {
        this.referralId = referralId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.reason = reason;
    }
}
