package uk.nhs.best.scheduling;

/** What came of an assessment. */
public enum AssessmentOutcome {
    SUITABLE("Attended: suitable for a group programme"),
    NOT_SUITABLE("Attended: not suitable for the group programme"),
    DID_NOT_ATTEND("Did not attend");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
