package uk.nhs.best.groups;

/** A programme is active until its completion is recorded or it is cancelled. */
public enum ProgrammeStatus {
    ACTIVE("Active"),
    CLOSED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
