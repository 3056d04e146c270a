package uk.nhs.best.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Server-side UI tests without a browser (Karibu-Testing): the real views, layout, Spring beans
 * and access control, on the test database.
 */
@PortalTest
public abstract class BrowserlessUiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.nhs.best");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SignIn signIn;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        signIn.out();
    }

    /** Signs in as a demo user, as the login page would, and opens their home page. */
    protected void logInAs(String username) {
        openHomePageAs(signIn.as(username));
    }

    /** Signs in with what another login produced (e.g. Keycloak's) and opens the user's home page. */
    protected void logInAs(Authentication authentication) {
        openHomePageAs(signIn.as(authentication));
    }

    private void openHomePageAs(Authentication authentication) {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
        navigateTo("");
    }

    /** Opens a path, with its query string if it has one (as the dashboard's links do). */
    protected void navigateTo(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }

    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    protected Class<? extends Component> currentView() {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return ((Component) chain.getFirst()).getClass();
    }

    protected List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    protected List<String> menuPaths() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }
}
