package uk.nhs.best.security.internal;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.SiteAccess;

/**
 * Every page under {@code sites/:site} belongs to that site's staff: someone who doesn't work
 * there gets the access-denied page, whatever the page is. Services check again on every call.
 */
@Component
class SiteRouteGuard implements VaadinServiceInitListener {

    static final String SITE_PARAMETER = "site";

    private final CurrentUser currentUser;
    private final SiteAccess siteAccess;

    SiteRouteGuard(CurrentUser currentUser, SiteAccess siteAccess) {
        this.currentUser = currentUser;
        this.siteAccess = siteAccess;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::checkSite));
    }

    private void checkSite(BeforeEnterEvent event) {
        event.getRouteParameters().get(SITE_PARAMETER).ifPresent(site -> {
            // Anonymous visitors are sent to the login page by Vaadin's own access control.
            if (currentUser.find().isPresent() && !siteAccess.isStaffAt(site)) {
                event.rerouteToError(AccessDeniedException.class, "You don't work at this site.");
            }
        });
    }
}
