package uk.nhs.best.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.components.ForSeveralSites;
import uk.nhs.best.dashboard.AllSites;
import uk.nhs.best.dashboard.SiteComparison;
import uk.nhs.best.referrals.WaitingListFigures;

/** Every site the user may see, side by side. */
@Route("all-sites")
@PageTitle("All sites | BeST portal")
@Menu(title = "All sites", order = 5)
@ForSeveralSites
@RolesAllowed({"ADMIN", "SITE_MANAGER", "CLINICIAN"})
public class AllSitesView extends Main {

    final Grid<SiteComparison> grid = new Grid<>();

    public AllSitesView(AllSites allSites) {
        addClassName("all-sites");
        LocalDate today = LocalDate.now(ClinicTime.ZONE);
        grid.addComponentColumn(s -> new Anchor("sites/" + s.siteCode(), s.siteName())).setHeader("Site");
        grid.addColumn(s -> waiting(s.awaitingAssessment(), today)).setHeader("Awaiting assessment");
        grid.addColumn(s -> s.awaitingAssessment().breached() + " of " + s.awaitingAssessment().waiting()
                + " (" + s.assessmentTargetWeeks() + " weeks)").setHeader("Past assessment target");
        grid.addColumn(s -> waiting(s.awaitingGroup(), today)).setHeader("Awaiting a group");
        grid.addColumn(s -> s.awaitingGroup().breached() + " of " + s.awaitingGroup().waiting()
                + " (" + s.groupTargetWeeks() + " weeks)").setHeader("Past group target");
        grid.addColumn(s -> SiteDashboardView.percent(s.assessmentTime().share()) + " ("
                + Math.round(s.assessmentTime().bookedHours()) + " of " + Math.round(s.assessmentTime().workingHours())
                + " h)").setHeader("Clinic hours on assessments this week");
        grid.addColumn(s -> SiteDashboardView.percent(s.groupPlaces().share()) + " (" + s.groupPlaces().taken()
                + " of " + s.groupPlaces().places() + ")").setHeader("Group places filled");
        grid.addColumn(s -> SiteDashboardView.percent(s.quarter().dnaRate())).setHeader("DNA this quarter");
        grid.addColumn(s -> SiteDashboardView.percent(s.quarter().completionRate())).setHeader("Completion this quarter");
        grid.setItems(allSites.compare());
        grid.setAllRowsVisible(true);
        add(new H2("All sites"), new Paragraph("Waits against each site's own targets, this week's assessment "
                + "hours against the clinicians' working hours, group places filled in running and coming programmes, and this quarter's group DNA and completion rates."), grid);
    }

    private static String waiting(WaitingListFigures list, LocalDate today) {
        return list.waiting() + (list.oldestReferralDate() == null ? "" : ", longest "
                + ChronoUnit.WEEKS.between(list.oldestReferralDate(), today) + " weeks");
    }
}
