package uk.nhs.best.security;

/** What a person may do in the portal; Spring Security sees each as authority {@code ROLE_<name>}. */
public enum Role {
    ADMIN("Administrator"),
    SITE_MANAGER("Site manager"),
    CLINICIAN("Clinician"),
    PATIENT("Patient");

    public static final String PREFIX = "ROLE_";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return PREFIX + name();
    }

    public boolean isStaff() {
        return this == CLINICIAN || this == SITE_MANAGER;
    }
}
