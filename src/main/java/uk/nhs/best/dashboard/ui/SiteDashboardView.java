package uk.nhs.best.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.GroupTasks;
import uk.nhs.best.components.Figure;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.dashboard.SiteDashboard;
import uk.nhs.best.dashboard.SiteDashboardService;

@Route("sites/:site")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
@SiteMenu(title = "Dashboard", order = 0)
public class SiteDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SiteDashboardService dashboards;
    private String title = "Site dashboard";

    public SiteDashboardView(SiteDashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("site-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String siteCode = event.getRouteParameters().get("site").orElseThrow();
        show(dashboards.dashboardFor(siteCode));
    }

    private void show(SiteDashboard dashboard) {
        removeAll();
        title = dashboard.siteName() + " | BeST portal";
        Paragraph today = new Paragraph("Today is " + ClinicTime.formatDate(dashboard.today()) + ".");
        today.addClassName("dashboard-date");

        String oldest = dashboard.oldestReferralDate() == null ? "None waiting"
                : "Oldest referred " + ClinicTime.formatDate(dashboard.oldestReferralDate())
                        + " (" + days(dashboard.longestWaitDays()) + " ago)";
        Div figures = new Div(
                new Figure("Referrals awaiting screening", dashboard.referralsAwaitingScreening(), oldest),
                new Figure("Patients", dashboard.patients(), "with " + dashboard.siteName() + " as their site"),
                new Figure("Clinicians", dashboard.clinicians(), "working at this site"),
                new Figure("Rooms", dashboard.rooms(), "available to book"));
        figures.addClassName("figures");
        add(new H2(dashboard.siteName()), today, figures, groupTasks(dashboard));
    }

    private static Section groupTasks(SiteDashboard dashboard) {
        GroupTasks tasks = dashboard.groupTasks();
        Section section = new Section(new H3("Group tasks"));
        section.setId("group-tasks");
        if (tasks.count() == 0) {
            section.add(new Paragraph("Nothing to do: no freed places to offer, no follow-ups."));
            return section;
        }
        String programmes = "sites/" + dashboard.siteCode() + "/programmes/";
        UnorderedList list = new UnorderedList();
        tasks.offers().forEach(o -> list.add(new ListItem(new Anchor(programmes + o.programmeId(),
                "Offer the freed place in " + o.programmeName() + " to " + o.patientName()))));
        tasks.followUps().forEach(f -> list.add(new ListItem(new Anchor(programmes + f.programmeId(),
                "Follow up " + f.patientName() + ": " + f.reason() + " of " + f.programmeName()))));
        tasks.belowMinimum().forEach(p -> list.add(new ListItem(new Anchor(programmes + p.id(),
                p.name() + " starts within a week with " + p.enrolled() + " of at least " + p.minSize()
                        + " patients"))));
        tasks.awaitingDecision().forEach(d -> list.add(new ListItem(new Anchor(programmes + d.programmeId(),
                "Decide on " + d.patientName() + ", who did not complete " + d.programmeName() + " ("
                        + d.reason().toLowerCase(ClinicTime.LOCALE) + ")"))));
        section.add(list);
        return section;
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
