package uk.nhs.best.referrals;

/** Why a patient left the service. */
public enum DischargeReason {
    COMPLETED("Completed the programme"),
    DECLINED("Declined treatment"),
    UNSUITABLE("Not suitable for the group programme"),
    NOT_ATTENDING("Did not attend"),
    MOVED_AWAY("Moved away"),
    REFERRED_ON("Referred to another service"),
    OTHER("Other");

    private final String label;

    DischargeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
