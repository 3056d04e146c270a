package uk.nhs.best.referrals;

/** Where a waiting patient stands against the site's waiting-time target. */
public enum TargetStatus {
    BREACHED("Target breached"),
    DUE_SOON("Breaches within 2 weeks"),
    ON_TRACK("Within target");

    /** How far ahead a coming breach is flagged. */
    public static final int WARNING_DAYS = 14;

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
