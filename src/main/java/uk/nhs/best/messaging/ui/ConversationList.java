package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.messaging.ConversationSummary;

/** Conversations, newest first, the unread ones in bold with their number. */
class ConversationList extends UnorderedList {

    private final boolean forStaff;

    ConversationList(boolean forStaff) {
        this.forStaff = forStaff;
        setId("conversations");
        addClassName("conversation-list");
    }

    void show(List<ConversationSummary> conversations) {
        removeAll();
        if (conversations.isEmpty()) {
            add(new ListItem(new Paragraph("No conversations.")));
        }
        for (ConversationSummary conversation : conversations) {
            RouterLink link = new RouterLink(conversation.subject(), ConversationView.class,
                    new RouteParameters("conversationId", String.valueOf(conversation.id())));
            String with = forStaff ? conversation.patientName()
                    : "the care team at " + conversation.siteName();
            Span meta = new Span(with + " · " + ClinicTime.DATE_TIME.format(conversation.lastMessageAt()
                    .atZone(ClinicTime.ZONE)) + (conversation.assignedTo() == null ? ""
                    : " · assigned to " + conversation.assignedTo()));
            meta.addClassName("meta");
            ListItem item = new ListItem(link, new Span(" "), meta);
            if (conversation.unread() > 0) {
                Span unread = new Span(conversation.unread() + " unread");
                unread.addClassName("unread-count");
                item.add(new Span(" "), unread);
                item.addClassName("unread");
            }
            add(item);
        }
    }
}
