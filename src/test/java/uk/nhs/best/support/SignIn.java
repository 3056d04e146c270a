package uk.nhs.best.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    SignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public Authentication as(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Signs in with what another login produced, e.g. a Keycloak login. */
    public Authentication as(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
