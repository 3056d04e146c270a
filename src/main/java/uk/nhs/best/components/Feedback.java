package uk.nhs.best.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;

/** How screens tell people what happened: a short note on success, the plain reason on refusal. */
public final class Feedback {

    private static final int SHORT = 4_000;
    private static final int LONG = 8_000;

    private Feedback() {
    }

    public static void done(String message) {
        Notification notification = Notification.show(message, SHORT, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(RefusedException refusal) {
        Notification notification = Notification.show(refusal.getMessage(), LONG, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows each problem next to its field (fields by the names the service uses) and clears the
     * fields that are now right; a problem with no field on screen is shown as a notification.
     */
    public static void showFieldErrors(Map<String, ? extends HasValidation> fields, InvalidInputException problems) {
        fields.forEach((name, field) -> {
            String message = problems.fieldErrors().get(name);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
        problems.fieldErrors().keySet().stream().filter(name -> !fields.containsKey(name)).findFirst()
                .ifPresent(name -> refused(new RefusedException(problems.fieldErrors().get(name))));
    }

    public static void clearFieldErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
