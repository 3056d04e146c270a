package uk.nhs.best.security;

import java.util.Set;

/**
 * Tells whose staff or patient record an e-mail address is on, so that a Keycloak user can be
 * linked to their record on first login. Implemented by the features that own the records.
 */
public interface EmailAddresses {

    /** The current holders with this address (ignoring case); more than one means it is shared. */
    Set<AccountHolder> holdersOf(String email);
}
