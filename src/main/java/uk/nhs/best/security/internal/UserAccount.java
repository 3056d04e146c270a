package uk.nhs.best.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.Role;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "patient_id")
    private Long patientId;

    private boolean enabled;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles;
    }

    Long staffId() {
        return staffId;
    }

    Long patientId() {
        return patientId;
    }

    /** The Keycloak user this account was linked to, if any. */
    String oidcSubject() {
        return oidcSubject;
    }

    AccountHolder holder() {
        if (staffId != null) {
            return new AccountHolder.Staff(staffId);
        }
        return patientId == null ? null : new AccountHolder.Patient(patientId);
    }
}
