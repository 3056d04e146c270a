package uk.nhs.best.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Keycloak users as Spring Security hands them over after a login, shaped like the demo realm's tokens. */
final class KeycloakTokens {

    private KeycloakTokens() {
    }

    /** A user with a new subject and a verified e-mail address. */
    static OidcUser user(String username, String fullName, String email, List<String> roles, List<String> sites) {
        return user(UUID.randomUUID().toString(), username, fullName, email, true, roles, sites);
    }

    static OidcUser user(String subject, String username, String fullName, String email, boolean emailVerified,
                         List<String> roles, List<String> sites) {
        Instant now = Instant.now();
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token-of-" + username)
                .issuer("http://localhost:8180/realms/best").subject(subject).audience(List.of("best-portal"))
                .issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("preferred_username", username).claim("name", fullName)
                .claim("email", email).claim("email_verified", emailVerified)
                .claim("realm_access", Map.of("roles", roles));
        if (!sites.isEmpty()) {
            token.claim("sites", sites);
        }
        return new DefaultOidcUser(List.of(), token.build());
    }

    /** The authentication Spring Security keeps after a Keycloak login. */
    static Authentication authenticationOf(PortalOidcUser user) {
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }
}
