package uk.nhs.best.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.nhs.best.components.ForSeveralSites;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;

/**
 * The menu a user sees: the pages Vaadin lists from {@code @Menu}, plus the current site's pages
 * from {@link SiteMenu}; both only where the user's roles open the page.
 */
@org.springframework.stereotype.Component
class Navigation {

    record Item(String title, String path, double order, Class<? extends Component> page) {
    }

    private final AccessAnnotationChecker accessChecker;
    private final CurrentUser currentUser;

    Navigation(AccessAnnotationChecker accessChecker, CurrentUser currentUser) {
        this.accessChecker = accessChecker;
        this.currentUser = currentUser;
    }

    List<Item> itemsFor(PortalUser user, String siteCode) {
        List<Item> items = new ArrayList<>();
        boolean severalSites = user.hasRole(Role.ADMIN) || user.isStaff() && user.siteCodes().size() > 1;
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> severalSites || entry.menuClass() == null
                        || !entry.menuClass().isAnnotationPresent(ForSeveralSites.class))
                .forEach(entry -> items.add(new Item(entry.title(), entry.path(),
                        entry.order() == null ? 0 : entry.order(), entry.menuClass())));
        if (siteCode != null && user.worksAt(siteCode)) {
            RouteConfiguration routes = RouteConfiguration.forApplicationScope();
            for (RouteData route : routes.getAvailableRoutes()) {
                Class<? extends Component> target = route.getNavigationTarget();
                SiteMenu menu = target.getAnnotation(SiteMenu.class);
                if (menu != null && mayOpen(target, user)) {
                    String path = routes.getUrl(target, new RouteParameters("site", siteCode));
                    items.add(new Item(menu.title(), path, menu.order(), target));
                }
            }
        }
        items.sort(Comparator.comparingDouble(Item::order).thenComparing(Item::title));
        return items;
    }

    private boolean mayOpen(Class<?> target, PortalUser user) {
        return accessChecker.hasAccess(target, currentUser.authentication().orElse(null),
                role -> user.roles().stream().map(Role::name).anyMatch(role::equals));
    }
}
