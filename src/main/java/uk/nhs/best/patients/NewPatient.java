package uk.nhs.best.patients;

import java.time.LocalDate;

/** What a receptionist types to register a patient who is not yet known to the service. */
public record NewPatient(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth, String phone,
                         String email, String addressLine, String postcode) {
}
