package uk.nhs.best.patients.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.patients.PatientDetails;
import uk.nhs.best.patients.PatientSummary;

@Entity
@Table(name = "patient")
class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String phone;
    private String email;

    @Column(name = "address_line")
    private String addressLine;

    private String postcode;

    @Column(name = "home_site_id")
    private Long homeSiteId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Patient() {
    }

    Patient(NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth, String phone, String email,
            String addressLine, String postcode, long homeSiteId, Instant createdAt) {
        this.nhsNumber = nhsNumber.value();
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.phone = phone;
        this.email = email;
        this.addressLine = addressLine;
        this.postcode = postcode;
        this.homeSiteId = homeSiteId;
        this.createdAt = createdAt;
    }

    PatientDetails details() {
        return new PatientDetails(id, new NhsNumber(nhsNumber), givenName, familyName, dateOfBirth, phone, email,
                addressLine, postcode, homeSiteId);
    }

    PatientSummary summary() {
        return new PatientSummary(id, new NhsNumber(nhsNumber), givenName, familyName, dateOfBirth, homeSiteId);
    }

    Long homeSiteId() {
        return homeSiteId;
    }
}
