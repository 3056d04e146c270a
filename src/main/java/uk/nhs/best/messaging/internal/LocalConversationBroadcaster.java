package uk.nhs.best.messaging.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.ConversationNotice;

/**
 * Notices within this server instance. Listeners run on one thread of their own, so a sender's
 * request never waits for other people's screens, and notices arrive in order.
 */
@Component
class LocalConversationBroadcaster implements ConversationBroadcaster, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalConversationBroadcaster.class);

    private final List<Consumer<ConversationNotice>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("conversation-notices").daemon().factory());

    /** Services publish notices inside their transaction; screens hear of them once committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(ConversationNotice notice) {
        broadcast(notice);
    }

    @Override
    public void broadcast(ConversationNotice notice) {
        delivery.execute(() -> listeners.forEach(listener -> {
            try {
                listener.accept(notice);
            } catch (RuntimeException e) {
                log.warn("A screen could not take a conversation notice", e);
            }
        }));
    }

    @Override
    public Runnable listen(Consumer<ConversationNotice> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
