package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.messaging.Clinician;
import uk.nhs.best.messaging.Conversation;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.Conversations;
import uk.nhs.best.messaging.Message;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;

/** One conversation: every message with its read receipt, a reply, and (clinicians) who handles it. */
@Route("conversations/:conversationId")
@RolesAllowed({"PATIENT", "CLINICIAN"})
public class ConversationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Conversations conversations;
    private final boolean staff;
    private final H2 subject = new H2();
    private final Paragraph with = new Paragraph();
    private final Div messages = new Div();
    private final Paragraph closed = new Paragraph();
    private final ComposeForm reply;
    private final ComboBox<Clinician> assignee = new ComboBox<>("Assigned to");
    private long conversationId;
    private String title = "Conversation | BeST portal";

    public ConversationView(Conversations conversations, ConversationBroadcaster broadcaster, CurrentUser currentUser) {
        this.conversations = conversations;
        PortalUser user = currentUser.require();
        this.staff = !user.hasRole(Role.PATIENT);
        addClassName("conversation");
        messages.setId("messages");
        closed.setId("closed");
        with.addClassName("meta");
        reply = new ComposeForm(false, (ignored, text, key) -> {
            conversations.reply(conversationId, text, key);
            return conversationId;
        }, id -> show(conversations.reload(id)));
        reply.setId("reply");
        assignee.setId("assignee");
        assignee.setItemLabelGenerator(Clinician::name);
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    conversations.assign(conversationId, change.getValue() == null ? null : change.getValue().username());
                    Feedback.done(change.getValue() == null ? "Nobody is assigned now."
                            : "Assigned to " + change.getValue().name() + ".");
                } catch (RefusedException refusal) {
                    Feedback.refused(refusal);
                }
            }
        });
        add(subject, with);
        if (staff) {
            add(assignee);
        }
        add(messages, closed, reply);
        // Someone else's message or receipt: reload (and so mark read) without a new audit line.
        LiveNotices.whileAttached(this, broadcaster, notice -> notice.conversationId() == conversationId,
                () -> show(conversations.reload(conversationId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversationId = event.getRouteParameters().getLong("conversationId").orElseThrow(NotFoundException::new);
        Conversation conversation = conversations.open(conversationId);
        if (staff) {
            assignee.setItems(conversations.clinicians(conversationId));
        }
        show(conversation);
    }

    private void show(Conversation conversation) {
        title = conversation.subject() + " | BeST portal";
        subject.setText(conversation.subject());
        with.setText(staff ? "With " + conversation.patientName() + " · " + conversation.siteName()
                : "With the care team at " + conversation.siteName());
        if (staff) {
            assignee.getListDataView().getItems()
                    .filter(clinician -> clinician.username().equals(conversation.assignedTo())).findFirst()
                    .ifPresentOrElse(assignee::setValue, assignee::clear);
        }
        messages.removeAll();
        for (Message message : conversation.messages()) {
            messages.add(message(message));
        }
        closed.setText(conversation.closedReason() == null ? "" : conversation.closedReason());
        closed.setVisible(conversation.closedReason() != null);
        reply.setVisible(conversation.closedReason() == null);
    }

    private static Div message(Message message) {
        Span meta = new Span(message.senderName() + " · "
                + ClinicTime.DATE_TIME.format(message.sentAt().atZone(ClinicTime.ZONE)));
        meta.addClassName("meta");
        Div text = new Div();
        // setText, never HTML: what was typed is shown as typed, markup included.
        text.setText(message.text());
        text.addClassName("message-text");
        Span receipt = new Span(message.readAt() == null ? "Not read yet"
                : "Read " + ClinicTime.DATE_TIME.format(message.readAt().atZone(ClinicTime.ZONE)) + " by "
                        + message.readBy());
        receipt.addClassName("receipt");
        Div box = new Div(meta, text, receipt);
        box.addClassName("message");
        if (message.fromPatient()) {
            box.addClassName("from-patient");
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
