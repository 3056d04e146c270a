package uk.nhs.best.security.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.SiteMemberships;

/** The embedded default's login: accounts in the portal's own database, BCrypt passwords. */
@Service
class LocalAccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final List<SiteMemberships> siteMemberships;

    LocalAccountService(UserAccountRepository accounts, List<SiteMemberships> siteMemberships) {
        this.accounts = accounts;
        this.siteMemberships = siteMemberships;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        PortalUser user = new PortalUser(account.username(), account.displayName(), account.roles(),
                account.staffId(), account.patientId(), sitesOf(account.holder()));
        return new PortalUserDetails(user, account.passwordHash(), account.enabled());
    }

    private Set<String> sitesOf(AccountHolder holder) {
        Set<String> codes = new TreeSet<>();
        if (holder != null) {
            siteMemberships.forEach(source -> codes.addAll(source.siteCodesOf(holder)));
        }
        return codes;
    }
}
