package uk.nhs.best.security.internal;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.nhs.best.security.PortalPrincipal;
import uk.nhs.best.security.PortalUser;

/** A Keycloak login: Spring Security's view of it (authorities {@code ROLE_*}) plus the portal's. */
final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private final PortalUser user;

    PortalOidcUser(PortalUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(PortalUserDetails.authoritiesOf(user), idToken, userInfo);
        this.user = user;
    }

    @Override
    public PortalUser portalUser() {
        return user;
    }
}
