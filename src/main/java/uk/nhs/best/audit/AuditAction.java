package uk.nhs.best.audit;

/** What happened, as the audit log lists it. */
public enum AuditAction {
    PATIENT_RECORD_OPENED("Opened patient record"),
    PATIENT_REGISTERED("Registered patient"),
    REFERRAL_RECORDED("Recorded referral"),
    REFERRAL_ACCEPTED("Accepted referral"),
    REFERRAL_REJECTED("Rejected referral"),
    REFERRAL_PUT_ON_HOLD("Put referral on hold"),
    REFERRAL_INFORMATION_RECEIVED("Recorded information received"),
    PATIENT_DISCHARGED("Discharged patient"),
    ASSESSMENT_BOOKED("Booked assessment"),
    ASSESSMENT_MOVED("Moved assessment"),
    ASSESSMENT_CANCELLED("Cancelled assessment"),
    ASSESSMENT_OUTCOME_RECORDED("Recorded assessment outcome"),
    PROGRAMME_PLANNED("Planned group programme"),
    PROGRAMME_SESSION_MOVED("Moved group session"),
    PROGRAMME_CANCELLED("Cancelled group programme"),
    PROGRAMME_COMPLETED("Recorded programme completion"),
    PATIENT_ENROLLED("Enrolled patient in group"),
    PATIENT_WAITLISTED("Put patient on programme waiting list"),
    PATIENT_WITHDRAWN("Withdrew patient from programme"),
    PLACE_OFFERED("Offered freed group place"),
    PLACE_OFFER_ANSWERED("Recorded answer to place offer"),
    ATTENDANCE_MARKED("Marked group register"),
    CONVERSATION_OPENED("Opened conversation"),
    CONVERSATION_ASSIGNED("Assigned conversation");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
