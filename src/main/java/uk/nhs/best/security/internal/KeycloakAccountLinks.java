package uk.nhs.best.security.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.EmailAddresses;

/**
 * Finds the staff or patient record of a Keycloak user through the portal account linked to them.
 * On their first login the link is made once, by their token's stable subject, to the one account
 * whose record has their verified e-mail address; it is never moved to another Keycloak user. If
 * that is not certain (no verified address, no account or several, an account already linked),
 * nothing is linked: the user is signed in without a record, and the portal says they have no
 * access where they would need one.
 */
@Service
class KeycloakAccountLinks {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccountLinks.class);

    private final UserAccountRepository accounts;
    private final List<EmailAddresses> emailAddresses;

    KeycloakAccountLinks(UserAccountRepository accounts, List<EmailAddresses> emailAddresses) {
        this.accounts = accounts;
        this.emailAddresses = emailAddresses;
    }

    @Transactional
    Optional<AccountHolder> holderOf(KeycloakIdentity identity) {
        return accounts.findByOidcSubject(identity.subject()).or(() -> linkOnFirstLogin(identity))
                .filter(UserAccount::enabled).map(UserAccount::holder).filter(identity::mayBe);
    }

    private Optional<UserAccount> linkOnFirstLogin(KeycloakIdentity identity) {
        if (identity.email() == null || !identity.emailVerified()) {
            return notLinked(identity, "the token has no verified e-mail address");
        }
        List<UserAccount> candidates = emailAddresses.stream()
                .flatMap(source -> source.holdersOf(identity.email()).stream())
                .filter(identity::mayBe)
                .flatMap(holder -> accountsOf(holder).stream())
                .toList();
        if (candidates.size() != 1) {
            return notLinked(identity, candidates.isEmpty() ? "no account's record has that e-mail address"
                    : candidates.size() + " accounts' records have that e-mail address");
        }
        UserAccount account = candidates.getFirst();
        if (accounts.linkOnce(account.id(), identity.subject()) == 0) {
            return notLinked(identity, "account " + account.username() + " is linked to another Keycloak user");
        }
        log.info("Keycloak user {} ({}) linked to account {} by e-mail address", identity.username(),
                identity.subject(), account.username());
        return Optional.of(account);
    }

    private List<UserAccount> accountsOf(AccountHolder holder) {
        return switch (holder) {
            case AccountHolder.Staff(long staffId) -> accounts.findByStaffId(staffId);
            case AccountHolder.Patient(long patientId) -> accounts.findByPatientId(patientId);
        };
    }

    private static Optional<UserAccount> notLinked(KeycloakIdentity identity, String reason) {
        log.warn("Keycloak user {} ({}) not linked to a staff or patient record: {}", identity.username(),
                identity.subject(), reason);
        return Optional.empty();
    }
}
