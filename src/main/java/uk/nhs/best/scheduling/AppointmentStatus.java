package uk.nhs.best.scheduling;

/** Where an appointment stands. Cancelled ones free their time; the others hold it. */
public enum AppointmentStatus {
    BOOKED("Booked"),
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED_BY_PATIENT("Cancelled by the patient"),
    CANCELLED_BY_SERVICE("Cancelled by the service");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCancelled() {
        return this == CANCELLED_BY_PATIENT || this == CANCELLED_BY_SERVICE;
    }
}
