package uk.nhs.best.messaging.internal;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.best.live.LiveChanges;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.ConversationNotice;

/**
 * Carries conversation notices through the database's change notices, so a message sent through
 * one server instance reaches screens open on every instance. Notices carry ids only, never text.
 */
@Component
class SharedConversationBroadcaster implements ConversationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SharedConversationBroadcaster.class);
    private static final String TOPIC = "conversations";

    private final LiveChanges live;

    SharedConversationBroadcaster(LiveChanges live) {
        this.live = live;
    }

    /** Services publish notices inside their transaction; the notice is written only if it commits. */
    @EventListener
    void published(ConversationNotice notice) {
        broadcast(notice);
    }

    @Override
    public void broadcast(ConversationNotice notice) {
        live.publish(TOPIC, notice.conversationId() + ":" + notice.patientId() + ":" + notice.siteCode());
    }

    @Override
    public Runnable listen(Consumer<ConversationNotice> listener) {
        LiveChanges.Subscription subscription = live.subscribe(TOPIC, change -> {
            String[] parts = change.key().split(":", 3);
            try {
                listener.accept(new ConversationNotice(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (RuntimeException e) {
                log.warn("A screen could not take a conversation notice", e);
            }
        });
        return subscription::cancel;
    }
}
