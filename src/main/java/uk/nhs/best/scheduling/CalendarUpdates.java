package uk.nhs.best.scheduling;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open calendars of a site that its appointments changed, once the change is committed, so
 * nobody books from a stale calendar. Within this server only: several replicas need a shared
 * channel (see issue 9).
 */
@Component
public class CalendarUpdates {

    private final Map<Long, List<Runnable>> watchers = new ConcurrentHashMap<>();

    /** Calls {@code onChange} after each committed change at the site; run the returned action to stop. */
    public Runnable watch(long siteId, Runnable onChange) {
        watchers.computeIfAbsent(siteId, site -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> watchers.getOrDefault(siteId, List.of()).remove(onChange);
    }

    @TransactionalEventListener
    void changed(AppointmentsChanged change) {
        watchers.getOrDefault(change.siteId(), List.of()).forEach(Runnable::run);
    }
}
