package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.messaging.Conversations;

/**
 * Writing a message (with a subject when it starts a conversation). One idempotency key per
 * compose: pressing Send twice, or the browser resending, stores the message once.
 */
class ComposeForm extends Div {

    /** Sends what was written; returns the conversation's id. */
    interface Sender {
        long send(String subject, String text, String idempotencyKey);
    }

    interface Sent {
        void sent(long conversationId);
    }

    private final TextField subject = new TextField("Subject");
    private final TextArea text = new TextArea("Message");
    private final Button send = new Button("Send");
    private final boolean withSubject;
    private String idempotencyKey = UUID.randomUUID().toString();

    ComposeForm(boolean withSubject, Sender sender, Sent sent) {
        this.withSubject = withSubject;
        addClassName("compose");
        subject.setId("subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        text.setId("message-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(Conversations.MAX_LENGTH);
        text.setHelperText("Up to " + Conversations.MAX_LENGTH + " characters. A message can't be changed once sent.");
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            try {
                long conversationId = sender.send(withSubject ? subject.getValue() : null, text.getValue(),
                        idempotencyKey);
                idempotencyKey = UUID.randomUUID().toString();
                subject.clear();
                text.clear();
                Feedback.clearFieldErrors(fields());
                sent.sent(conversationId);
            } catch (InvalidInputException problems) {
                Feedback.showFieldErrors(fields(), problems);
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
            } finally {
                send.setEnabled(true);
            }
        });
        if (withSubject) {
            add(subject);
        }
        add(text, send);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        if (withSubject) {
            fields.put("subject", subject);
        }
        fields.put("text", text);
        return fields;
    }
}
