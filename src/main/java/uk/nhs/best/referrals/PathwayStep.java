package uk.nhs.best.referrals;

/** The kinds of step in a referral's history, as the patient's timeline names them. */
public enum PathwayStep {
    RECEIVED("Referral received"),
    ACCEPTED("Accepted at screening"),
    REJECTED("Rejected at screening"),
    PUT_ON_HOLD("Put on hold for more information"),
    INFORMATION_RECEIVED("Information received; back in the screening queue"),
    ASSESSMENT_BOOKED("Assessment booked"),
    ASSESSMENT_CANCELLED("Assessment cancelled; back on the waiting list"),
    ASSESSMENT_NOT_ATTENDED("Did not attend the assessment; back on the waiting list"),
    ASSESSED_SUITABLE("Assessed: suitable for a group programme"),
    ASSESSED_NOT_SUITABLE("Assessed: not suitable for the group programme"),
    ENROLLED_IN_GROUP("Enrolled in a group programme"),
    LEFT_GROUP("Left the group programme; back on the group waiting list"),
    PROGRAMME_COMPLETED("Completed the group programme; discharged"),
    DISCHARGED("Discharged");

    private final String label;

    PathwayStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
