package uk.nhs.best.messaging;

import java.util.function.Consumer;

/**
 * Carries conversation notices to every open screen, after the change is committed. One server
 * instance now; an implementation over a message bus can carry them across instances later.
 */
public interface ConversationBroadcaster {

    void broadcast(ConversationNotice notice);

    /** The listener is called on a broadcaster thread; the returned handle stops it. */
    Runnable listen(Consumer<ConversationNotice> listener);
}
