package uk.nhs.best.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.groups.Enrolment;
import uk.nhs.best.groups.EnrolmentStatus;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.groups.GroupProgramme;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.GroupSession;
import uk.nhs.best.groups.ProgrammeFullException;
import uk.nhs.best.groups.ProgrammeStatus;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.Role;

/**
 * One programme: its sessions (to open a register or move them), who is enrolled, offered a
 * place, waiting and gone, and the patients of the site who could join.
 */
@Route("sites/:site/programmes/:programme")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
public class ProgrammeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GroupProgrammes programmes;
    private final transient Enrolments enrolments;
    private final transient CurrentUser currentUser;
    final Grid<GroupSession> sessions = new Grid<>();
    final Grid<Enrolment> enrolled = new Grid<>();
    final Grid<Enrolment> offered = new Grid<>();
    final Grid<Enrolment> waiting = new Grid<>();
    final Grid<Enrolment> closed = new Grid<>();
    final Grid<Enrolments.Candidate> candidates = new Grid<>();
    private String siteCode;
    private long programmeId;
    private GroupProgramme programme;
    private boolean clinician;
    private String title = "Group programme | BeST portal";

    public ProgrammeView(GroupProgrammes programmes, Enrolments enrolments, CurrentUser currentUser) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        addClassName("programme");

        sessions.setId("sessions");
        sessions.addColumn(GroupSession::number).setHeader("Session").setKey("number").setAutoWidth(true);
        sessions.addColumn(s -> ClinicTime.DATE_TIME.format(s.start()) + "–" + ClinicTime.TIME.format(s.end()))
                .setHeader("When").setKey("when").setAutoWidth(true);
        sessions.addColumn(s -> s.cancelled() ? "Cancelled" : s.note() == null ? "" : s.note()).setHeader("Note")
                .setKey("note");
        sessions.addComponentColumn(s -> new RouterLink("Register", RegisterView.class, new RouteParameters(
                Map.of("site", siteCode, "session", Long.toString(s.appointmentId()))))).setKey("register");
        sessions.addComponentColumn(this::moveButton).setKey("move");
        sessions.setAllRowsVisible(true);

        enrolled.setId("enrolled");
        enrolled.addComponentColumn(this::patient).setHeader("Patient").setKey("name").setAutoWidth(true);
        enrolled.addColumn(e -> nhs(e.nhsNumber())).setHeader("NHS number").setKey("nhs");
        enrolled.addColumn(e -> ClinicTime.formatDate(e.referralDate())).setHeader("Referred").setKey("referred");
        enrolled.addColumn(e -> e.attended() + " of 6").setHeader("Attended").setKey("attended");
        enrolled.addComponentColumn(e -> withdrawButton(e, "Withdraw…")).setKey("withdraw");

        offered.setId("offered");
        offered.addComponentColumn(this::patient).setHeader("Patient").setKey("name").setAutoWidth(true);
        offered.addColumn(e -> nhs(e.nhsNumber())).setHeader("NHS number").setKey("nhs");
        offered.addColumn(Enrolment::statusReason).setHeader("Offer").setKey("reason");
        offered.addComponentColumn(e -> {
            Button accept = small("Accept", "accept-" + e.id(), () -> {
                enrolments.acceptOffer(e.id(), e.version());
                return e.patientName() + " took the place.";
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button decline = small("Decline", "decline-" + e.id(), () -> {
                enrolments.declineOffer(e.id(), e.version());
                return e.patientName() + " declined the place.";
            });
            return new Span(accept, decline);
        }).setKey("answer");

        waiting.setId("waiting");
        waiting.addColumn(e -> programme.withStatus(EnrolmentStatus.WAITING).indexOf(e) + 1).setHeader("#")
                .setKey("position").setAutoWidth(true);
        waiting.addComponentColumn(this::patient).setHeader("Patient").setKey("name").setAutoWidth(true);
        waiting.addColumn(e -> nhs(e.nhsNumber())).setHeader("NHS number").setKey("nhs");
        waiting.addColumn(e -> ClinicTime.DATE_TIME.format(e.listedAt().atZone(ClinicTime.ZONE)))
                .setHeader("Listed").setKey("listed");
        waiting.addComponentColumn(e -> withdrawButton(e, "Take off the list…")).setKey("withdraw");

        closed.setId("closed");
        closed.addComponentColumn(this::patient).setHeader("Patient").setKey("name").setAutoWidth(true);
        closed.addColumn(e -> e.status().label()).setHeader("Status").setKey("status");
        closed.addColumn(e -> e.statusReason() == null ? "" : e.statusReason()).setHeader("Reason").setKey("reason");
        closed.addComponentColumn(e -> {
            if (!clinician || !e.awaitingDecision()) {
                return new Span();
            }
            return small("Offer another programme", "another-" + e.id(), () -> {
                enrolments.offerAnotherProgramme(e.id());
                return e.patientName() + " is back on the list awaiting a group.";
            });
        }).setKey("decision");

        candidates.setId("candidates");
        candidates.addColumn(c -> c.patient().patientName()).setHeader("Patient").setKey("name").setAutoWidth(true);
        candidates.addColumn(c -> c.patient().nhsNumber().formatted()).setHeader("NHS number").setKey("nhs");
        candidates.addColumn(c -> c.patient().weeksWaiting() + " weeks").setHeader("Waiting").setKey("weeks");
        candidates.addColumn(c -> c.patient().targetStatus().label()).setHeader("Target").setKey("target");
        candidates.addColumn(c -> c.alreadyListed() == null ? "" : "Already " + c.alreadyListed())
                .setHeader("Note").setKey("listed");
        candidates.addComponentColumn(c -> {
            Button enrol = new Button("Enrol", click -> enrol(c));
            enrol.setId("enrol-" + c.patient().referralId());
            enrol.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return enrol;
        }).setKey("enrol");
        for (Grid<?> grid : List.of(enrolled, offered, waiting, closed, candidates)) {
            grid.setAllRowsVisible(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        programmeId = event.getRouteParameters().getLong("programme").orElseThrow(NotFoundException::new);
        clinician = currentUser.require().hasRole(Role.CLINICIAN);
        programme = programmes.programme(programmeId);
        if (!programme.summary().siteCode().equals(siteCode)) {
            // The programme is at another site the user works at (the service checked): show it there.
            event.forwardTo("sites/" + programme.summary().siteCode() + "/programmes/" + programmeId);
            return;
        }
        show();
    }

    void refresh() {
        programme = programmes.programme(programmeId);
        show();
    }

    private void show() {
        removeAll();
        ProgrammeSummary summary = programme.summary();
        title = summary.name() + " | BeST portal";
        boolean active = summary.status() == ProgrammeStatus.ACTIVE;
        Div details = new Div(
                field("Site", programme.siteName()),
                field("Room", summary.roomName()),
                field("Facilitators", summary.facilitators()),
                field("Status", summary.status().label() + (programme.statusReason() == null ? ""
                        : ": " + programme.statusReason())),
                field("Places", ProgrammesView.places(summary)),
                field("Group size", summary.minSize() + " to " + summary.maxSize() + " patients"));
        details.setId("programme-details");
        details.addClassName("programme-details");
        RouterLink back = new RouterLink("All programmes", ProgrammesView.class,
                new RouteParameters("site", siteCode));
        add(back, new H2(summary.name()), details);
        if (summary.belowMinimum()) {
            Span badge = new Span("Below minimum");
            badge.getElement().setAttribute("theme", "badge error");
            add(badge);
        }
        if (active) {
            Button complete = new Button("Record completion", click -> complete());
            complete.setId("complete-programme");
            Button cancel = new Button("Cancel programme…", click -> new ReasonDialog("Cancel " + summary.name(),
                    "Cancel programme", "cancel-programme-dialog", reason -> {
                        programmes.cancel(programmeId, reason);
                        return summary.name() + " was cancelled. Its patients are back on the list awaiting a group.";
                    }, this::refresh).open());
            cancel.setId("cancel-programme");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new Div(complete, cancel));
        }

        sessions.setItems(programme.sessions());
        enrolled.setItems(programme.withStatus(EnrolmentStatus.ENROLLED));
        offered.setItems(programme.withStatus(EnrolmentStatus.OFFERED));
        waiting.setItems(programme.withStatus(EnrolmentStatus.WAITING));
        List<Enrolment> gone = programme.enrolments().stream().filter(e -> !e.status().isOpen()).toList();
        closed.setItems(gone);

        add(new H3("Sessions"), sessions);
        add(section("Enrolled", programme.withStatus(EnrolmentStatus.ENROLLED).size(), enrolled,
                "Nobody is enrolled yet."));
        if (!programme.withStatus(EnrolmentStatus.OFFERED).isEmpty()) {
            add(new H3("Offered a freed place"), offered);
        }
        add(section("Waiting list", programme.withStatus(EnrolmentStatus.WAITING).size(), waiting,
                "Nobody is on the waiting list."));
        if (!gone.isEmpty()) {
            Details closedList = new Details("No longer in the programme (" + gone.size() + ")", closed);
            closedList.setId("closed-enrolments");
            closedList.setOpened(gone.stream().anyMatch(Enrolment::awaitingDecision));
            add(closedList);
        }
        if (active) {
            List<Enrolments.Candidate> could = enrolments.candidates(programmeId);
            candidates.setItems(could);
            add(section("Enrol patients", could.size(), candidates,
                    "Nobody at this site is awaiting a group."));
        }
    }

    private Component[] section(String heading, int count, Grid<?> grid, String empty) {
        if (count == 0) {
            Paragraph none = new Paragraph(empty);
            none.setId(grid.getId().orElseThrow() + "-empty");
            return new Component[] {new H3(heading), none};
        }
        return new Component[] {new H3(heading + " (" + count + ")"), grid};
    }

    private Component patient(Enrolment e) {
        // The patient record is for clinicians; its page is addressed by its route.
        return clinician ? new Anchor("patients/" + e.patientId(), e.patientName()) : new Span(e.patientName());
    }

    private Component moveButton(GroupSession session) {
        if (programme.summary().status() != ProgrammeStatus.ACTIVE || session.cancelled()) {
            return new Span();
        }
        Button move = new Button("Move…", click -> new MoveSessionDialog(programmes, session, this::refresh).open());
        move.setId("move-" + session.number());
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return move;
    }

    private Component withdrawButton(Enrolment e, String text) {
        if (programme.summary().status() != ProgrammeStatus.ACTIVE) {
            return new Span();
        }
        Button withdraw = new Button(text, click -> new ReasonDialog("Withdraw " + e.patientName(), "Withdraw",
                "withdraw-dialog", reason -> {
                    enrolments.withdraw(e.id(), e.version(), reason);
                    return e.patientName() + " was withdrawn from " + programme.summary().name() + ".";
                }, this::refresh).open());
        withdraw.setId("withdraw-" + e.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return withdraw;
    }

    private Button small(String text, String id, Supplier<String> action) {
        Button button = new Button(text, click -> act(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void act(Supplier<String> action) {
        try {
            Feedback.done(action.get());
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
        refresh();
    }

    void enrol(Enrolments.Candidate candidate) {
        String name = candidate.patient().patientName();
        long referralId = candidate.patient().referralId();
        try {
            enrolments.enrol(programmeId, referralId);
            Feedback.done(name + " is enrolled in " + programme.summary().name() + ".");
            refresh();
        } catch (ProgrammeFullException full) {
            Feedback.refused(full);
            offerWaitingList(name, referralId, full.getMessage());
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
            refresh();
        }
    }

    private void offerWaitingList(String name, long referralId, String message) {
        Dialog offer = new Dialog();
        offer.setId("full-dialog");
        offer.setHeaderTitle("The programme is full");
        offer.add(new Paragraph(message));
        Button add = new Button("Add to waiting list", click -> {
            try {
                Enrolment listed = enrolments.addToWaitingList(programmeId, referralId);
                Feedback.done(name + " is " + listed.status().label().toLowerCase(ClinicTime.LOCALE) + " for "
                        + programme.summary().name() + ".");
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
            }
            offer.close();
            refresh();
        });
        add.setId("add-to-waiting-list");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        offer.getFooter().add(new Button("Not now", click -> {
            offer.close();
            refresh();
        }), add);
        offer.open();
    }

    private void complete() {
        try {
            GroupProgrammes.Completion done = programmes.complete(programmeId);
            Feedback.done("Completion recorded: " + done.completed() + " completed, " + done.notCompleted()
                    + " did not complete.");
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
        refresh();
    }

    static String nhs(String digits) {
        return NhsNumber.parse(digits).map(NhsNumber::formatted).orElse(digits);
    }

    private static Paragraph field(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("label");
        return new Paragraph(name, new Span(value == null || value.isBlank() ? "–" : value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
