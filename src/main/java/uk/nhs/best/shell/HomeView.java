package uk.nhs.best.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;

/**
 * Sends each person to their own home: patients to "My care", staff to their first site's
 * dashboard, admins to the list of sites. Someone with no portal role, or staff with no site, is
 * told so here and sees nothing else.
 */
@Route("")
@PageTitle("BeST portal")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String home = homeOf(currentUser.require());
        if (home != null) {
            event.forwardTo(home);
            return;
        }
        removeAll();
        setId("no-access");
        add(new H2("Your account has no access to the portal yet"),
                new Paragraph("You are signed in, but no role or site has been set up for you. "
                        + "Ask your site manager or the portal administrator to add you."));
    }

    static String homeOf(PortalUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return "sites";
        }
        if (user.isStaff() && !user.siteCodes().isEmpty()) {
            return "sites/" + user.siteCodes().iterator().next();
        }
        if (user.hasRole(Role.PATIENT) && user.patientId() != null) {
            return "my-care";
        }
        return null;
    }
}
