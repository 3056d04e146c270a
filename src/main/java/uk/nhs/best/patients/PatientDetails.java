package uk.nhs.best.patients;

import java.time.LocalDate;

/** Everything the patient record shows about the person. */
public record PatientDetails(long id, NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
                             String phone, String email, String addressLine, String postcode, long homeSiteId) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public PatientSummary summary() {
        return new PatientSummary(id, nhsNumber, givenName, familyName, dateOfBirth, homeSiteId);
    }
}
