package uk.nhs.best.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Site scoping for services. Used in method security expressions, e.g.
 * {@code @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")}, so that a call for another site's
 * data fails whatever screen (or none) it came from.
 */
@Component("siteAccess")
public class SiteAccess {

    private final CurrentUser currentUser;

    SiteAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean isStaffAt(String siteCode) {
        return currentUser.find().map(user -> user.worksAt(siteCode)).orElse(false);
    }

    public void requireStaffAt(String siteCode) {
        if (!isStaffAt(siteCode)) {
            throw new AccessDeniedException("You don't work at this site.");
        }
    }
}
