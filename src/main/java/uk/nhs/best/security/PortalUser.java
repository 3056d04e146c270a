package uk.nhs.best.security;

import java.io.Serializable;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in person as every feature sees them, whichever way they logged in (local account
 * or Keycloak). Serializable, as the logins' principals live in the HTTP session.
 *
 * @param username    the login name
 * @param displayName how the portal greets them
 * @param roles       what they may do
 * @param staffId     the staff record they are, if staff
 * @param patientId   the patient record they are, if a patient
 * @param siteCodes   the sites they work at (staff) or are treated at (patients), e.g. "bedford",
 *                    in alphabetical order
 */
public record PortalUser(String username, String displayName, Set<Role> roles, Long staffId, Long patientId,
                         Set<String> siteCodes) implements Serializable {

    public PortalUser {
        roles = Set.copyOf(roles);
        siteCodes = Collections.unmodifiableSortedSet(new TreeSet<>(siteCodes));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Staff of a site: a clinician or site manager who works there. */
    public boolean worksAt(String siteCode) {
        return isStaff() && siteCodes.contains(siteCode);
    }
}
