package uk.nhs.best.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.best.components.MenuBadge;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/**
 * The frame around every page: title, the site being looked at (with a switcher for staff of
 * several sites), the menu, who is signed in and log out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient Navigation navigation;
    private final transient AuthenticationContext authentication;
    private final transient List<MenuBadge> badges;
    private final Map<MenuBadge, Span> badgesOnScreen = new HashMap<>();
    private final List<Runnable> badgeListeners = new ArrayList<>();
    private final SideNav menu = new SideNav();
    private final Select<SiteSummary> siteSwitcher = new Select<>();
    private final List<SiteSummary> mySites;
    private String currentSite;

    MainLayout(CurrentUser currentUser, Navigation navigation, SiteDirectory sites,
               AuthenticationContext authentication, List<MenuBadge> badges) {
        this.currentUser = currentUser;
        this.badges = badges;
        this.navigation = navigation;
        this.authentication = authentication;
        PortalUser user = currentUser.require();
        this.mySites = user.isStaff() ? sites.findByCodes(user.siteCodes()) : List.of();
        this.currentSite = mySites.isEmpty() ? null : mySites.getFirst().code();

        Span title = new Span("BeST portal");
        title.addClassName("app-title");
        Div header = new Div(new DrawerToggle(), title);
        header.addClassName("app-header");
        if (mySites.size() > 1) {
            siteSwitcher.setAriaLabel("Site");
            siteSwitcher.setItems(mySites);
            siteSwitcher.setItemLabelGenerator(SiteSummary::name);
            siteSwitcher.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    switchTo(event.getValue().code());
                }
            });
            siteSwitcher.setId("site-switcher");
            header.add(siteSwitcher);
        } else if (mySites.size() == 1) {
            Span site = new Span(mySites.getFirst().name());
            site.setId("current-site");
            header.add(site);
        }
        String roles = user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        Span who = new Span(roles.isEmpty() ? user.displayName() : user.displayName() + " · " + roles);
        who.addClassName("signed-in-as");
        Button logOut = new Button("Log out", click -> this.authentication.logout());
        logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logOut.setId("log-out");
        Div account = new Div(who, logOut);
        account.addClassName("app-account");
        header.add(account);
        addToNavbar(header);

        menu.setId("main-menu");
        menu.setLabel("Menu");
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    /** Open the same page for another site, or that site's dashboard from a page with no site. */
    private void switchTo(String siteCode) {
        String path = getUI().map(ui -> ui.getInternals().getActiveViewLocation().getPath()).orElse("");
        String[] segments = path.split("/", -1);
        if (segments.length >= 2 && "sites".equals(segments[0])) {
            segments[1] = siteCode;
            path = String.join("/", segments);
        } else {
            path = "sites/" + siteCode;
        }
        String target = path;
        getUI().ifPresent(ui -> ui.navigate(target));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getRouteParameters().get("site").ifPresent(site -> currentSite = site);
        mySites.stream().filter(site -> site.code().equals(currentSite)).findFirst()
                .ifPresent(siteSwitcher::setValue);
        menu.removeAll();
        badgesOnScreen.clear();
        for (Navigation.Item item : navigation.itemsFor(currentUser.require(), currentSite)) {
            SideNavItem entry = new SideNavItem(item.title(), item.path());
            badges.stream().filter(badge -> item.page() != null && badge.marks(item.page())).findFirst()
                    .ifPresent(badge -> {
                        Span count = new Span();
                        count.addClassName("menu-badge");
                        entry.setSuffixComponent(count);
                        badgesOnScreen.put(badge, count);
                    });
            menu.addItem(entry);
        }
        refreshBadges();
    }

    private void refreshBadges() {
        badgesOnScreen.forEach((badge, count) -> {
            int number = badge.count(currentSite);
            count.setText(String.valueOf(number));
            count.setVisible(number > 0);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        PortalUser user = currentUser.require();
        // Counts change when other people act: recount on their notices, pushed to this browser.
        badges.forEach(badge -> badgeListeners.add(badge.onChange(user, () -> ui.access(this::refreshBadges))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        badgeListeners.forEach(Runnable::run);
        badgeListeners.clear();
        super.onDetach(event);
    }
}
