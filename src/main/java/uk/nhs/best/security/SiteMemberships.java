package uk.nhs.best.security;

import java.util.Set;

/**
 * Tells which sites an account holder belongs to. Implemented by the features that own the facts
 * (staff memberships, a patient's home site), so that security depends on no feature.
 */
public interface SiteMemberships {

    /** The codes of the holder's sites, or an empty set if this source knows nothing of them. */
    Set<String> siteCodesOf(AccountHolder holder);
}
