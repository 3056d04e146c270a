package uk.nhs.best.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.DateFields;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.GroupSession;

/** Moving one session, and optionally the later ones by the same amount; it keeps its 90 minutes. */
class MoveSessionDialog extends Dialog {

    static final int MINUTES = 90;

    final DatePicker date = DateFields.datePicker("New date");
    final TimePicker time = new TimePicker("New start time");
    final Checkbox onward = new Checkbox("Also move the later sessions by the same amount");
    final Button move = new Button("Move");

    MoveSessionDialog(GroupProgrammes programmes, GroupSession session, Runnable afterwards) {
        setHeaderTitle("Move session " + session.number() + " (" + ClinicTime.DATE_TIME.format(session.start()) + ")");
        setId("move-dialog");
        time.setLocale(ClinicTime.LOCALE);
        time.setStep(Duration.ofMinutes(15));
        date.setValue(session.start().toLocalDate());
        time.setValue(session.start().toLocalTime());
        add(new FormLayout(date, time), onward);
        move.setId("move-confirm");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(click -> {
            date.setInvalid(false);
            time.setInvalid(false);
            if (date.getValue() == null || time.getValue() == null) {
                date.setInvalid(date.getValue() == null);
                date.setErrorMessage("Choose the new date.");
                time.setInvalid(time.getValue() == null);
                time.setErrorMessage("Choose the new start time.");
                return;
            }
            LocalDateTime start = date.getValue().atTime(time.getValue());
            try {
                programmes.move(session.appointmentId(), session.version(), start, start.plusMinutes(MINUTES),
                        onward.getValue());
                Feedback.done("Session " + session.number() + (onward.getValue() ? " and the later sessions" : "")
                        + " moved to " + ClinicTime.DATE_TIME.format(start) + ".");
                close();
                afterwards.run();
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
            }
        });
        getFooter().add(new Button("Back", click -> close()), move);
    }
}
