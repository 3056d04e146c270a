package uk.nhs.best.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.nhs.best.security.PortalPrincipal;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;

/** A local account's login: Spring Security's view of it plus the portal's. */
final class PortalUserDetails implements UserDetails, CredentialsContainer, PortalPrincipal {

    private final PortalUser user;
    private final boolean enabled;
    private String passwordHash;

    PortalUserDetails(PortalUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public PortalUser portalUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    static List<GrantedAuthority> authoritiesOf(PortalUser user) {
        return user.roles().stream().map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PortalUserDetails[" + user.username() + "]";
    }
}
