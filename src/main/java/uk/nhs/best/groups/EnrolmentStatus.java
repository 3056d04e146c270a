package uk.nhs.best.groups;

/** Where a patient stands with one programme. */
public enum EnrolmentStatus {
    ENROLLED("Enrolled"),
    WAITING("On the waiting list"),
    OFFERED("Offered a freed place"),
    WITHDRAWN("Withdrawn"),
    DECLINED("Declined the offered place"),
    COMPLETED("Completed"),
    NOT_COMPLETED("Did not complete"),
    PROGRAMME_CANCELLED("Programme cancelled");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Holds a place: the limit counts these. */
    public boolean holdsPlace() {
        return this == ENROLLED || this == OFFERED;
    }

    public boolean isOpen() {
        return this == ENROLLED || this == OFFERED || this == WAITING;
    }
}
