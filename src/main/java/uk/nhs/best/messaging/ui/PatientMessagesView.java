package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.Conversations;
import uk.nhs.best.security.CurrentUser;

/** A patient's conversations with their care team, and a new one. */
@Route("messages")
@PageTitle("Messages | BeST portal")
@Menu(title = "Messages", order = 1)
@RolesAllowed("PATIENT")
public class PatientMessagesView extends Main {

    public PatientMessagesView(Conversations conversations, ConversationBroadcaster broadcaster,
                               CurrentUser currentUser) {
        addClassName("messages");
        ConversationList list = new ConversationList(false);
        list.show(conversations.mine());
        ComposeForm compose = new ComposeForm(true, conversations::startWithCareTeam,
                id -> getUI().ifPresent(ui -> ui.navigate(ConversationView.class,
                        new RouteParameters("conversationId", String.valueOf(id)))));
        compose.setVisible(false);
        compose.setId("new-conversation-form");
        Button start = new Button("New conversation", click -> {
            compose.setVisible(true);
            click.getSource().setVisible(false);
        });
        start.setId("new-conversation");
        add(new H2("Messages"), start, compose, new H3("Your conversations"), list);
        compose.addComponentAsFirst(new Paragraph("To " + conversations.careTeam()));
        var user = currentUser.require();
        LiveNotices.whileAttached(this, broadcaster, notice -> notice.concerns(user),
                () -> list.show(conversations.mine()));
    }
}
