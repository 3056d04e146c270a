package uk.nhs.best.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;

/**
 * Asks for a reason and does something with it (withdraw a patient, cancel a programme). A
 * refusal is shown and the dialog stays open with what was typed.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;

    /** @param action does it and returns what to tell the user */
    ReasonDialog(String title, String confirmText, String id, Function<String, String> action, Runnable afterwards) {
        setHeaderTitle(title);
        setId(id);
        setWidth("32rem");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        add(reason);
        confirm = new Button(confirmText, click -> {
            reason.setInvalid(false);
            try {
                String done = action.apply(reason.getValue());
                Feedback.done(done);
                close();
                afterwards.run();
            } catch (InvalidInputException problems) {
                Feedback.showFieldErrors(Map.of("reason", reason), problems);
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Back", click -> close()), confirm);
    }
}
