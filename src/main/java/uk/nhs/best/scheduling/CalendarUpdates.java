package uk.nhs.best.scheduling;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.best.live.LiveChanges;

/**
 * Tells open calendars of a site that its appointments changed, once the change is committed, so
 * nobody books from a stale calendar. The notice goes through the database, so calendars open on
 * every server instance hear it.
 */
@Component
public class CalendarUpdates {

    private static final String TOPIC = "calendar:";

    private final LiveChanges live;

    CalendarUpdates(LiveChanges live) {
        this.live = live;
    }

    /** Calls {@code onChange} after each committed change at the site; run the returned action to stop. */
    public Runnable watch(long siteId, Runnable onChange) {
        LiveChanges.Subscription subscription = live.subscribe(TOPIC + siteId, notice -> onChange.run());
        return subscription::cancel;
    }

    /** Inside the change's transaction: the notice is only written if the change commits. */
    @EventListener
    void changed(AppointmentsChanged change) {
        live.publish(TOPIC + change.siteId(), "appointments");
    }
}
