package uk.nhs.best.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views alike. */
@Component
public class CurrentUser {

    // The context's own strategy, the one method security reads (Vaadin's, aware of the UI session).
    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<Authentication> authentication() {
        return Optional.ofNullable(securityContext.getContext().getAuthentication());
    }

    public Optional<PortalUser> find() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.portalUser());
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }
}
