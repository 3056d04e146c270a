package uk.nhs.best.security;

/** The staff or patient record a user account belongs to. */
public sealed interface AccountHolder {

    record Staff(long staffId) implements AccountHolder {
    }

    record Patient(long patientId) implements AccountHolder {
    }
}
