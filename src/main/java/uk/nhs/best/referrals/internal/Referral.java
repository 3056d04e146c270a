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
import uk.nhs.best.referrals.ReferralStatus;

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

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Referral() {
    }
}
