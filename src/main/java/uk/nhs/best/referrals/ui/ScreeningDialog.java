package uk.nhs.best.referrals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Supplier;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.referrals.WaitingPatient;

/**
 * Screening one referral: accept it, reject it or put it on hold (both with a reason), or, for a
 * referral on hold, record that the information arrived. The decision quotes the version shown,
 * so a referral someone else decided meanwhile is refused with their decision.
 */
class ScreeningDialog extends Dialog {

    private final transient ReferralDecisions decisions;
    private final Runnable afterDecision;
    private final TextArea reason = new TextArea("Reason or note");
    private ReferralSummary referral;

    ScreeningDialog(ReferralDecisions decisions, WaitingPatient patient, Runnable afterDecision) {
        this.decisions = decisions;
        this.afterDecision = afterDecision;
        this.referral = decisions.referral(patient.referralId());
        setHeaderTitle("Screen referral: " + patient.patientName());
        setId("screening-dialog");
        setWidth("40rem");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setHelperText("Needed to reject, to put on hold, or when the information arrives.");
        add(details(patient), reason);

        Button cancel = new Button("Close", click -> close());
        if (referral.stage() == PathwayStage.ON_HOLD) {
            Button received = new Button("Information received",
                    click -> decide(() -> decisions.informationReceived(referral.id(), referral.version(),
                            reason.getValue()), "is back in the screening queue"));
            received.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(cancel, received);
        } else {
            Button hold = new Button("Put on hold", click -> decide(() -> decisions.putOnHold(referral.id(),
                    referral.version(), reason.getValue()), "is on hold for more information"));
            Button reject = new Button("Reject", click -> decide(() -> decisions.reject(referral.id(),
                    referral.version(), reason.getValue()), "was rejected"));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button accept = new Button("Accept", click -> decide(() -> decisions.accept(referral.id(),
                    referral.version()), "was accepted: the patient is now awaiting assessment"));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.setId("accept-referral");
            reject.setId("reject-referral");
            hold.setId("hold-referral");
            getFooter().add(cancel, hold, reject, accept);
        }
    }

    private Div details(WaitingPatient patient) {
        Div details = new Div(
                line("NHS number", patient.nhsNumber().formatted()),
                line("Born", ClinicTime.formatDate(patient.dateOfBirth())),
                line("Referred", ClinicTime.formatDate(referral.referralDate()) + " by " + referral.gpPractice()
                        + " (" + patient.daysWaiting() + " days ago)"),
                line("Reason", referral.reason()));
        if (referral.notes() != null) {
            details.add(line("Notes", referral.notes()));
        }
        if (referral.stage() == PathwayStage.ON_HOLD) {
            details.add(line("On hold for", referral.stageReason()));
        }
        details.addClassName("referral-details");
        return details;
    }

    private static Paragraph line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("label");
        return new Paragraph(name, new Span(value));
    }

    private void decide(Supplier<ReferralSummary> decision, String outcome) {
        reason.setInvalid(false);
        try {
            referral = decision.get();
            Feedback.done("The referral " + outcome + ".");
            close();
            afterDecision.run();
        } catch (InvalidInputException problems) {
            Feedback.showFieldErrors(Map.of("reason", reason), problems);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
            close();
            afterDecision.run();
        }
    }
}
