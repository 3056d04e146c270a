package uk.nhs.best.audit;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nhs.best.audit.internal.AuditLogStore;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;

/**
 * Reading the audit log: admins see every site's, site managers their own sites'. Nobody can
 * change it: the store has no update or delete, and the database refuses both.
 */
@Service
public class AuditLogQuery {

    private final AuditLogStore store;
    private final CurrentUser currentUser;

    AuditLogQuery(AuditLogStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Newest first, one page; {@code siteCode} null means every site the reader may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SITE_MANAGER')")
    public List<AuditEntry> page(String siteCode, int offset, int limit) {
        return store.page(visibleSites(siteCode), offset, limit);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SITE_MANAGER')")
    public int count(String siteCode) {
        return store.count(visibleSites(siteCode));
    }

    /** Null means no restriction (an admin asking for every site). */
    private Set<String> visibleSites(String siteCode) {
        PortalUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return siteCode == null ? null : Set.of(siteCode);
        }
        if (siteCode == null) {
            return user.siteCodes();
        }
        if (!user.siteCodes().contains(siteCode)) {
            throw new AccessDeniedException("You don't manage this site.");
        }
        return Set.of(siteCode);
    }
}
