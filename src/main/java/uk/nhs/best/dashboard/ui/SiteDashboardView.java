package uk.nhs.best.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.components.Figure;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.dashboard.SiteDashboard;
import uk.nhs.best.dashboard.SiteDashboardService;
import uk.nhs.best.groups.GroupRates;
import uk.nhs.best.groups.GroupTasks;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.referrals.TargetStatus;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListFigures;
import uk.nhs.best.referrals.WaitingListQuery;

/**
 * A site's landing page for its staff: today and this week, the waiting lists against targets,
 * programmes to fill, the tasks, and this quarter's rates. Every number links to the list behind it.
 */
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
        String site = "sites/" + dashboard.siteCode();
        Paragraph today = new Paragraph("Today is " + ClinicTime.formatDate(dashboard.today()) + ". "
                + dashboard.clinicians() + " clinicians, " + dashboard.rooms() + " rooms, " + dashboard.patients()
                + " patients with " + dashboard.siteName() + " as their site.");
        today.addClassName("dashboard-date");
        add(new H2(dashboard.siteName()), today,
                section("this-week", "Today and this week",
                        link(site + "/calendar", new Figure("Assessments today", dashboard.todaysAssessments().size(),
                                dashboard.assessmentsThisWeek() + " this week"), "figure-assessments-today"),
                        link(site + "/calendar", new Figure("Group sessions today", dashboard.todaysSessions().size(),
                                dashboard.sessionsThisWeek() + " this week"), "figure-sessions-today")),
                todaysList(dashboard),
                waitingLists(dashboard),
                programmes(dashboard),
                groupTasks(dashboard),
                rates(dashboard));
    }

    private static Section waitingLists(SiteDashboard dashboard) {
        List<Component> figures = new ArrayList<>();
        for (WaitingListFigures list : dashboard.waitingLists()) {
            String id = WaitingListQuery.linkName(list.list());
            figures.add(link(WaitingListQuery.link(dashboard.siteCode(), list.list(), null),
                    new Figure(list.list().label(), list.waiting(), longest(list, dashboard.today())), "figure-" + id));
        }
        for (WaitingList list : List.of(WaitingList.AWAITING_ASSESSMENT, WaitingList.AWAITING_GROUP)) {
            WaitingListFigures counts = dashboard.list(list);
            int weeks = list.usesGroupTarget() ? dashboard.groupTargetWeeks() : dashboard.assessmentTargetWeeks();
            String what = list.usesGroupTarget() ? "group" : "assessment";
            figures.add(link(WaitingListQuery.link(dashboard.siteCode(), list, TargetStatus.BREACHED),
                    new Figure("Past the " + what + " target", counts.breached(), "more than " + weeks
                            + " weeks since referral"), "figure-breached-" + what));
            figures.add(link(WaitingListQuery.link(dashboard.siteCode(), list, TargetStatus.DUE_SOON),
                    new Figure("Near the " + what + " target", counts.dueSoon(), "breach within 2 weeks"),
                    "figure-due-soon-" + what));
        }
        return section("waiting", "Waiting lists", figures.toArray(Component[]::new));
    }

    private static String longest(WaitingListFigures list, LocalDate today) {
        if (list.oldestReferralDate() == null) {
            return "Nobody waiting";
        }
        long days = ChronoUnit.DAYS.between(list.oldestReferralDate(), today);
        return "Longest wait " + (days >= 14 ? days / 7 + " weeks" : days == 1 ? "1 day" : days + " days")
                + " (referred " + ClinicTime.formatDate(list.oldestReferralDate()) + ")";
    }

    private static Section todaysList(SiteDashboard dashboard) {
        Section section = new Section(new H3("Today's appointments"));
        section.setId("today");
        UnorderedList list = new UnorderedList();
        dashboard.todaysAssessments().forEach(a -> list.add(new ListItem(ClinicTime.TIME.format(a.start())
                + " assessment: " + a.patientName() + " with " + a.clinicianName() + ", " + a.roomName())));
        dashboard.todaysSessions().forEach(s -> list.add(new ListItem(new Anchor("sites/" + dashboard.siteCode()
                + "/group-sessions/" + s.id(), ClinicTime.TIME.format(s.start()) + " " + s.title() + ", "
                + s.roomName()))));
        section.add(list.getChildren().findAny().isPresent() ? list : new Paragraph("Nothing booked today."));
        return section;
    }

    private static Section programmes(SiteDashboard dashboard) {
        String programmes = "sites/" + dashboard.siteCode() + "/programmes";
        Section section = section("programmes", "Group programmes",
                link(programmes, new Figure("Programmes with free places", dashboard.programmesWithPlaces().size(),
                        dashboard.programmesWithPlaces().stream().mapToInt(ProgrammeSummary::placesFree).sum()
                                + " places free"), "figure-free-places"),
                link(programmes, new Figure("Starting in the next 2 weeks", dashboard.startingSoon().size(), null),
                        "figure-starting-soon"),
                link(programmes, new Figure("Below minimum", dashboard.groupTasks().belowMinimum().size(),
                        "starting within a week short of patients"), "figure-below-minimum"));
        UnorderedList list = new UnorderedList();
        dashboard.programmesWithPlaces().forEach(p -> list.add(new ListItem(new Anchor(programmes + "/" + p.id(),
                p.name() + ": " + p.enrolled() + " of " + p.maxSize() + " places taken, " + p.placesFree()
                        + " free" + (p.belowMinimum() ? " (below the minimum of " + p.minSize() + ")" : "")))));
        section.add(list);
        return section;
    }

    private static Section groupTasks(SiteDashboard dashboard) {
        GroupTasks tasks = dashboard.groupTasks();
        Section section = new Section(new H3("Tasks"));
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

    private static Section rates(SiteDashboard dashboard) {
        GroupRates quarter = dashboard.quarter();
        String programmes = "sites/" + dashboard.siteCode() + "/programmes";
        return section("rates", "This quarter",
                link(programmes, new Figure("Group DNA rate", percent(quarter.dnaRate()), quarter.didNotAttend()
                        + " did not attend of " + (quarter.attended() + quarter.didNotAttend())), "figure-dna-rate"),
                link(programmes, new Figure("Completion rate", percent(quarter.completionRate()), quarter.completed()
                        + " completed of " + (quarter.completed() + quarter.notCompleted())), "figure-completion-rate"));
    }

    static String percent(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + "%";
    }

    private static Section section(String id, String heading, Component... figures) {
        Div row = new Div(figures);
        row.addClassName("figures");
        Section section = new Section(new H3(heading), row);
        section.setId(id);
        return section;
    }

    private static Anchor link(String href, Figure figure, String id) {
        Anchor anchor = new Anchor(href, figure);
        anchor.setId(id);
        anchor.addClassName("figure-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
