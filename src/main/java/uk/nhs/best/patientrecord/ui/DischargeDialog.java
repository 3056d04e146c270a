package uk.nhs.best.patientrecord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.referrals.DischargeReason;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralSummary;

/** Discharging a patient from their open referral, at any stage, with a reason. */
class DischargeDialog extends Dialog {

    DischargeDialog(ReferralDecisions decisions, String patientName, ReferralSummary referral, Runnable afterwards) {
        setHeaderTitle("Discharge " + patientName);
        setId("discharge-dialog");
        Select<DischargeReason> reason = new Select<>();
        reason.setLabel("Reason");
        reason.setItems(DischargeReason.values());
        reason.setItemLabelGenerator(DischargeReason::label);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        TextArea note = new TextArea("Note");
        note.setMaxLength(1500);
        note.setWidthFull();
        add(reason, note);
        Button discharge = new Button("Discharge", click -> {
            try {
                decisions.discharge(referral.id(), referral.version(), reason.getValue(), note.getValue());
                Feedback.done(patientName + " was discharged. The record is kept.");
                close();
                afterwards.run();
            } catch (InvalidInputException problems) {
                Feedback.showFieldErrors(Map.of("reason", reason), problems);
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
                close();
                afterwards.run();
            }
        });
        discharge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        discharge.setId("confirm-discharge");
        getFooter().add(new Button("Cancel", click -> close()), discharge);
    }
}
