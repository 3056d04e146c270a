package uk.nhs.best.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Supplier;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.AssessmentOutcome;
import uk.nhs.best.scheduling.ScheduledAssessment;

/** One assessment: cancel it (patient or service, with a reason) or record its outcome. */
class AssessmentDialog extends Dialog {

    final TextArea reason = new TextArea("Reason or note");
    final Select<AssessmentOutcome> outcome = new Select<>();

    AssessmentDialog(AssessmentBookings bookings, ScheduledAssessment assessment, boolean clinician,
                     Runnable afterwards) {
        setHeaderTitle(assessment.patientName());
        setId("assessment-dialog");
        add(new Paragraph("Assessment " + ClinicTime.DATE_TIME.format(assessment.start()) + "–"
                + ClinicTime.TIME.format(assessment.end()) + " with " + assessment.clinicianName() + " in "
                + assessment.roomName() + ". " + assessment.status().label() + "."));
        reason.setWidthFull();
        reason.setMaxLength(500);
        outcome.setLabel("Outcome");
        outcome.setItems(AssessmentOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : o.label());
        outcome.setVisible(clinician);
        add(outcome, reason);
        Button patientCancelled = new Button("Patient cancelled", click -> act(() -> bookings.cancel(assessment.id(),
                assessment.version(), true, reason.getValue()), "Cancelled; the patient is back on the waiting list.",
                afterwards));
        Button serviceCancelled = new Button("Service cancelled", click -> act(() -> bookings.cancel(assessment.id(),
                assessment.version(), false, reason.getValue()), "Cancelled; the patient is back on the waiting list.",
                afterwards));
        Button record = new Button("Record outcome", click -> act(() -> bookings.recordOutcome(assessment.id(),
                assessment.version(), outcome.getValue(), reason.getValue()), "Outcome recorded.", afterwards));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(clinician);
        record.setId("record-outcome");
        patientCancelled.setId("patient-cancelled");
        getFooter().add(new Button("Close", click -> close()), patientCancelled, serviceCancelled, record);
    }

    private void act(Supplier<ScheduledAssessment> action, String done, Runnable afterwards) {
        try {
            action.get();
            Feedback.done(done);
            close();
            afterwards.run();
        } catch (InvalidInputException problems) {
            Feedback.showFieldErrors(Map.of("reason", reason, "outcome", outcome), problems);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
    }
}
