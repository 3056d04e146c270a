package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.Component;
import uk.nhs.best.components.MenuBadge;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.Conversations;
import uk.nhs.best.security.PortalUser;

/** Unread messages on the "Messages" menu item: the patient's own, or the site's for its clinicians. */
@org.springframework.stereotype.Component
class MessagesBadge implements MenuBadge {

    private final Conversations conversations;
    private final ConversationBroadcaster broadcaster;

    MessagesBadge(Conversations conversations, ConversationBroadcaster broadcaster) {
        this.conversations = conversations;
        this.broadcaster = broadcaster;
    }

    @Override
    public boolean marks(Class<? extends Component> page) {
        return page == PatientMessagesView.class || page == SiteInboxView.class;
    }

    @Override
    public int count(String siteCode) {
        return conversations.unreadCount(siteCode);
    }

    @Override
    public Runnable onChange(PortalUser user, Runnable changed) {
        return broadcaster.listen(notice -> {
            if (notice.concerns(user)) {
                changed.run();
            }
        });
    }
}
