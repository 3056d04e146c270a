package uk.nhs.best.messaging;

/** A clinician a conversation can be assigned to. */
public record Clinician(String username, String name) {
}
