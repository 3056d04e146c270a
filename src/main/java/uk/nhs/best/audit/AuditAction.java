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
