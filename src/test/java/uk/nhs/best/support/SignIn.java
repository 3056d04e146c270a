package uk.nhs.best.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a demo user in for a test the way the login does: the account, roles and sites come
 * from the database through the real {@link UserDetailsService}.
 */
@Component
public class SignIn {

    private final UserDetailsService accounts;
    // This Spring context's strategy: the static holder may belong to another test context.
    private final SecurityContextHolderStrategy securityContext;

    SignIn(UserDetailsService accounts, SecurityContextHolderStrategy securityContext) {
        this.accounts = accounts;
        this.securityContext = securityContext;
    }

    public Authentication as(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Signs this thread in with what another login produced (e.g. Keycloak's) or another thread made. */
    public Authentication as(Authentication authentication) {
        securityContext.getContext().setAuthentication(authentication);
        return authentication;
    }

    public void out() {
        securityContext.clearContext();
    }
}
