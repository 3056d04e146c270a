package uk.nhs.best.security.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.PortalUser;

/**
 * Signs a Keycloak user in: roles and sites from their token, their staff or patient record from
 * the account linked to them. Spring Security's OAuth2 login finds it as the context's
 * {@code OAuth2UserService} for OIDC.
 */
@Service
class KeycloakUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService keycloak = new OidcUserService();
    private final KeycloakAccountLinks links;

    KeycloakUsers(KeycloakAccountLinks links) {
        this.links = links;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return signIn(keycloak.loadUser(request));
    }

    PortalOidcUser signIn(OidcUser keycloakUser) {
        KeycloakIdentity identity = KeycloakIdentity.of(keycloakUser);
        AccountHolder holder = links.holderOf(identity).orElse(null);
        PortalUser user = new PortalUser(identity.username(), identity.displayName(), identity.roles(),
                holder instanceof AccountHolder.Staff(long staffId) ? staffId : null,
                holder instanceof AccountHolder.Patient(long patientId) ? patientId : null,
                identity.siteCodes());
        return new PortalOidcUser(user, keycloakUser.getIdToken(), keycloakUser.getUserInfo());
    }
}
