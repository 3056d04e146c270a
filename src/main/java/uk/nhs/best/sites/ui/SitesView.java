package uk.nhs.best.sites.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.sites.SiteAdministration;
import uk.nhs.best.sites.SiteSummary;

/** The admin's home: every site and how it is set up. */
@Route("sites")
@PageTitle("Sites | BeST portal")
@Menu(title = "Sites", order = 10)
@RolesAllowed("ADMIN")
public class SitesView extends Main {

    public SitesView(SiteAdministration administration) {
        addClassName("sites-view");
        Grid<SiteSummary> grid = new Grid<>(SiteSummary.class, false);
        grid.addColumn(SiteSummary::name).setHeader("Site").setSortable(true).setFlexGrow(2);
        grid.addColumn(SiteSummary::address).setHeader("Address").setFlexGrow(3);
        grid.addColumn(SiteSummary::activeRooms).setHeader("Rooms");
        grid.addColumn(site -> site.groupMinSize() + "–" + site.groupMaxSize()).setHeader("Group size");
        grid.addColumn(site -> site.assessmentTargetWeeks() + " weeks").setHeader("Assessment target");
        grid.addColumn(site -> site.groupTargetWeeks() + " weeks").setHeader("Group target");
        grid.setItems(administration.listSites());
        grid.setAllRowsVisible(true);
        add(new H2("Sites"), grid);
    }
}
