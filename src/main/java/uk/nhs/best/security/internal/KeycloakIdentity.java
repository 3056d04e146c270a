package uk.nhs.best.security.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.Role;

/**
 * What a Keycloak login says about the user. Roles are the realm roles named like the portal's
 * ({@code realm_access.roles}; others, such as Keycloak's own, are ignored); sites are the codes in
 * the multi-valued {@code sites} claim. Both are set by Keycloak administrators only (see
 * keycloak/best-realm.json).
 */
record KeycloakIdentity(String subject, String username, String displayName, String email, boolean emailVerified,
                        Set<Role> roles, Set<String> siteCodes) {

    static KeycloakIdentity of(OidcUser user) {
        String username = user.getPreferredUsername() == null ? user.getSubject() : user.getPreferredUsername();
        String displayName = user.getFullName() == null ? username : user.getFullName();
        List<String> sites = user.getClaimAsStringList("sites");
        return new KeycloakIdentity(user.getSubject(), username, displayName, user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), rolesOf(user.getClaimAsMap("realm_access")),
                sites == null ? Set.of() : Set.copyOf(sites));
    }

    private static Set<Role> rolesOf(Map<String, Object> realmAccess) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> granted) {
            Arrays.stream(Role.values()).filter(role -> granted.contains(role.name())).forEach(roles::add);
        }
        return roles;
    }

    /** A login with a staff role is only ever linked to a staff record, a patient's to a patient record. */
    boolean mayBe(AccountHolder holder) {
        return switch (holder) {
            case AccountHolder.Staff staff -> roles.stream().anyMatch(Role::isStaff);
            case AccountHolder.Patient patient -> roles.contains(Role.PATIENT);
        };
    }
}
