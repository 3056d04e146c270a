package uk.nhs.best.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.components.Figure;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.GroupRates;
import uk.nhs.best.groups.GroupTasks;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.scheduling.AssessmentBookings;

/**
 * A site's group programmes: what to act on (offers, follow-ups, programmes short of patients,
 * decisions), this quarter's figures, and every programme, newest first.
 */
@Route("sites/:site/programmes")
@PageTitle("Group programmes | BeST portal")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
@SiteMenu(title = "Group programmes", order = 6)
public class ProgrammesView extends Main implements BeforeEnterObserver {

    private final transient GroupProgrammes programmes;
    private final transient Enrolments enrolments;
    private final transient AssessmentBookings bookings;
    final Grid<ProgrammeSummary> grid = new Grid<>();
    final Div tasks = new Div();
    final Div figures = new Div();
    private String siteCode;

    public ProgrammesView(GroupProgrammes programmes, Enrolments enrolments, AssessmentBookings bookings) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.bookings = bookings;
        addClassName("programmes");
        tasks.setId("group-tasks");
        tasks.addClassName("group-tasks");
        figures.setId("group-figures");
        figures.addClassName("figures");
        grid.setId("programmes");
        grid.addColumn(ProgrammeSummary::name).setHeader("Programme").setKey("name").setAutoWidth(true);
        grid.addColumn(p -> p.firstSession() == null ? "" : ClinicTime.formatDate(p.firstSession().toLocalDate()))
                .setHeader("First session").setKey("first");
        grid.addColumn(ProgrammeSummary::roomName).setHeader("Room").setKey("room");
        grid.addColumn(ProgrammeSummary::facilitators).setHeader("Facilitators").setKey("facilitators");
        grid.addColumn(ProgrammesView::places).setHeader("Places").setKey("places");
        grid.addColumn(ProgrammeSummary::waiting).setHeader("Waiting").setKey("waiting");
        grid.addComponentColumn(ProgrammesView::status).setHeader("Status").setKey("status");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        Button plan = new Button("Plan a programme", click -> openPlanning());
        plan.setId("plan-programme");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeAll();
        add(new H2("Group programmes"), plan, tasks, figures, new H3("Programmes"), grid);
        refresh();
    }

    void openPlanning() {
        new PlanProgrammeDialog(programmes, bookings.calendarSetup(siteCode), siteCode, planned -> {
            refresh();
            open(planned);
        }).open();
    }

    /** "7 of 8 · 1 free": offered places are held, so they count as taken. */
    static String places(ProgrammeSummary p) {
        return (p.enrolled() + p.offered()) + " of " + p.maxSize() + " · " + p.placesFree() + " free";
    }

    private static Component status(ProgrammeSummary p) {
        Span status = new Span(p.status().label());
        if (!p.belowMinimum()) {
            return status;
        }
        Span badge = new Span("Below minimum");
        badge.addClassName("below-minimum");
        badge.getElement().setAttribute("theme", "badge error");
        return new Span(status, new Span(" "), badge);
    }

    private void open(ProgrammeSummary programme) {
        getUI().ifPresent(ui -> ui.navigate("sites/" + siteCode + "/programmes/" + programme.id()));
    }

    void refresh() {
        grid.setItems(programmes.programmes(siteCode));
        showTasks(enrolments.tasks(siteCode));
        GroupRates rates = enrolments.thisQuarter(siteCode);
        figures.removeAll();
        figures.add(new Figure("DNA rate this quarter", percent(rates.dnaRate()),
                        rates.attended() + rates.didNotAttend() + " attendances expected"),
                new Figure("Completion rate this quarter", percent(rates.completionRate()),
                        rates.completed() + rates.notCompleted() + " patients at programme end"));
    }

    static String percent(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + "%";
    }

    private void showTasks(GroupTasks todo) {
        tasks.removeAll();
        if (todo.count() == 0) {
            tasks.add(new Paragraph("Nothing to act on."));
            return;
        }
        if (!todo.offers().isEmpty()) {
            UnorderedList list = list("offers");
            for (GroupTasks.PlaceOffer offer : todo.offers()) {
                Button accept = new Button("Accept", click -> answer(() -> enrolments.acceptOffer(
                        offer.enrolmentId(), offer.version()), offer.patientName() + " took the place on "
                        + offer.programmeName() + "."));
                accept.setId("accept-offer-" + offer.enrolmentId());
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                Button decline = new Button("Decline", click -> answer(() -> enrolments.declineOffer(
                        offer.enrolmentId(), offer.version()), offer.patientName() + " declined the place on "
                        + offer.programmeName() + "."));
                decline.setId("decline-offer-" + offer.enrolmentId());
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                list.add(new ListItem(new Span(offer.patientName() + ": a place on " + offer.programmeName() + " "),
                        accept, decline));
            }
            tasks.add(new H3("Places to offer"), list);
        }
        section("Follow up: missed two sessions in a row", "follow-ups", todo.followUps());
        if (!todo.belowMinimum().isEmpty()) {
            UnorderedList list = list("below-minimum");
            todo.belowMinimum().forEach(p -> list.add(new ListItem(p.name() + ": " + p.enrolled() + " enrolled, "
                    + "at least " + p.minSize() + " needed")));
            tasks.add(new H3("Programmes below minimum"), list);
        }
        section("Did not complete: awaiting a decision", "awaiting-decision", todo.awaitingDecision());
    }

    private void section(String title, String id, List<GroupTasks.FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return;
        }
        UnorderedList list = list(id);
        followUps.forEach(f -> list.add(new ListItem(f.patientName() + " (" + f.programmeName() + "): "
                + f.reason())));
        tasks.add(new H3(title), list);
    }

    private static UnorderedList list(String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        return list;
    }

    private void answer(Runnable action, String done) {
        try {
            action.run();
            Feedback.done(done);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
        refresh();
    }
}
