package uk.nhs.best.messaging;

/** Which of a site's conversations a clinician looks at. */
public enum InboxFilter {
    UNREAD("Unread"),
    ASSIGNED_TO_ME("Assigned to me"),
    ALL("All");

    private final String label;

    InboxFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
