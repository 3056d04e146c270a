package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Predicate;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.ConversationNotice;

/** Reloads part of a screen, pushed to the browser, when a conversation it shows changes. */
final class LiveNotices {

    private LiveNotices() {
    }

    static void whileAttached(Component component, ConversationBroadcaster broadcaster,
                              Predicate<ConversationNotice> shown, Runnable reload) {
        component.addAttachListener(attach -> {
            Runnable stop = broadcaster.listen(notice -> {
                if (shown.test(notice)) {
                    attach.getUI().access(reload::run);
                }
            });
            component.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }
}
