package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.messaging.Conversations;

/** A clinician writes to a patient of their site; opened from the patient's record. */
@Route("patients/:patientId/new-conversation")
@PageTitle("New conversation | BeST portal")
@RolesAllowed("CLINICIAN")
public class StartConversationView extends Main implements BeforeEnterObserver {

    private final transient Conversations conversations;
    private final Paragraph to = new Paragraph();
    private long patientId;

    public StartConversationView(Conversations conversations) {
        this.conversations = conversations;
        to.setId("recipient");
        ComposeForm compose = new ComposeForm(true,
                (subject, text, key) -> conversations.startWithPatient(patientId, subject, text, key),
                id -> getUI().ifPresent(ui -> ui.navigate(ConversationView.class,
                        new RouteParameters("conversationId", String.valueOf(id)))));
        add(new H2("New conversation"), to, compose);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = event.getRouteParameters().getLong("patientId").orElseThrow(NotFoundException::new);
        to.setText("To " + conversations.recipient(patientId));
    }
}
