package uk.nhs.best.patients;

import java.time.LocalDate;

public record PatientSummary(long id, NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
                             long homeSiteId) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
