package uk.nhs.best.security;

/** Implemented by every principal the portal's logins produce. */
public interface PortalPrincipal {

    PortalUser portalUser();
}
