package uk.nhs.best.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views alike. */
@Component
public class CurrentUser {

    public Optional<PortalUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.portalUser());
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }
}
