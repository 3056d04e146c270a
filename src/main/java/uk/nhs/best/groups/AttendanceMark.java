package uk.nhs.best.groups;

/** What the register records for a patient at a session. */
public enum AttendanceMark {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED_BY_PATIENT("Cancelled by patient"),
    CANCELLED_BY_SERVICE("Cancelled by service");

    private final String label;

    AttendanceMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Missed by the patient: two of these in a row call for a follow-up. */
    public boolean missed() {
        return this == DID_NOT_ATTEND || this == CANCELLED_BY_PATIENT;
    }
}
