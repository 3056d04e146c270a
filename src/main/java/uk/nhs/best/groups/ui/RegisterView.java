package uk.nhs.best.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.groups.AttendanceMark;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.groups.MarkRecord;
import uk.nhs.best.groups.RegisterLine;
import uk.nhs.best.groups.SessionRegister;

/**
 * A group session's register: a mark per enrolled patient. A new mark corrects the last one and
 * both stay on record. The site calendar opens this page for a group session: keep its route.
 */
@Route("sites/:site/group-sessions/:session")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
public class RegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Enrolments enrolments;
    final Div lines = new Div();
    private long appointmentId;
    private String title = "Register | BeST portal";

    public RegisterView(Enrolments enrolments) {
        this.enrolments = enrolments;
        addClassName("register");
        lines.setId("register-lines");
        lines.addClassName("register-lines");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String siteCode = event.getRouteParameters().get("site").orElseThrow();
        appointmentId = event.getRouteParameters().getLong("session").orElseThrow(NotFoundException::new);
        SessionRegister register = enrolments.register(appointmentId);
        if (!register.siteCode().equals(siteCode)) {
            event.forwardTo("sites/" + register.siteCode() + "/group-sessions/" + appointmentId);
            return;
        }
        show(register);
    }

    private void show(SessionRegister register) {
        removeAll();
        lines.removeAll();
        title = "Register: " + register.programmeName() + " session " + register.session().number() + " | BeST portal";
        RouterLink back = new RouterLink("Back to " + register.programmeName(), ProgrammeView.class,
                new RouteParameters(java.util.Map.of("site", register.siteCode(), "programme",
                        Long.toString(register.programmeId()))));
        back.setId("back-to-programme");
        Paragraph when = new Paragraph("Session " + register.session().number() + " of 6 · "
                + ClinicTime.DATE_TIME.format(register.session().start()) + "–"
                + ClinicTime.TIME.format(register.session().end()));
        when.setId("session-when");
        add(back, new H2(register.programmeName()), when);
        if (!register.open()) {
            Paragraph closed = new Paragraph(register.session().cancelled() ? "This session was cancelled: its "
                    + "register is closed." : "This register is closed: the programme is completed or cancelled.");
            closed.setId("register-closed");
            add(closed);
        }
        if (register.lines().isEmpty()) {
            lines.add(new Paragraph("Nobody is enrolled."));
        }
        for (RegisterLine line : register.lines()) {
            lines.add(line(register, line));
        }
        add(lines);
    }

    private Div line(SessionRegister register, RegisterLine line) {
        RadioButtonGroup<AttendanceMark> marks = new RadioButtonGroup<>(line.patientName());
        marks.setId("mark-" + line.enrolmentId());
        marks.setItems(AttendanceMark.values());
        marks.setItemLabelGenerator(AttendanceMark::label);
        marks.setValue(line.mark());
        marks.setReadOnly(!register.open());
        // Added after the current mark is shown: only a change by the user marks.
        marks.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            try {
                SessionRegister after = enrolments.mark(appointmentId, line.enrolmentId(), change.getValue());
                Feedback.done(line.patientName() + ": " + change.getValue().label() + ".");
                show(after);
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
                show(enrolments.register(appointmentId));
            }
        });
        Div shown = new Div(marks);
        shown.addClassName("register-line");
        if (line.history().size() > 1) {
            Span history = new Span(history(line));
            history.setId("history-" + line.enrolmentId());
            history.addClassName("mark-history");
            shown.add(history);
        }
        return shown;
    }

    /** "Attended, 03/02/2027 10:45 by amira.khan → corrected to Did not attend, 03/02/2027 10:50 by …". */
    static String history(RegisterLine line) {
        return line.history().stream().map(RegisterView::record).collect(Collectors.joining(" → corrected to "));
    }

    private static String record(MarkRecord mark) {
        return mark.mark().label() + ", " + ClinicTime.DATE_TIME.format(mark.recordedAt().atZone(ClinicTime.ZONE))
                + " by " + mark.recordedBy();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
