package uk.nhs.best.live;

/**
 * Tells live screens on every portal instance that something changed, e.g. a calendar on another
 * pod when an appointment is booked here. Vaadin keeps each screen on one instance, so an
 * in-memory broadcast would only reach the screens of the instance that made the change.
 *
 * <p>Topics name what a screen shows, e.g. {@code calendar:bedford} or {@code conversation:42};
 * at most 120 characters, as are keys.
 *
 * <pre>{@code
 * // after saving, inside the service's transaction (sent only if it commits):
 * liveChanges.publish("calendar:" + siteCode, appointmentId.toString());
 *
 * // in a view: listeners run on a background thread, so change the UI through ui.access
 * addAttachListener(attach -> {
 *     Subscription subscription = liveChanges.subscribe("calendar:" + siteCode,
 *             notice -> attach.getUI().access(calendar::refresh));
 *     addDetachListener(detach -> { subscription.cancel(); detach.unregisterListener(); });
 * });
 * }</pre>
 */
public interface LiveChanges {

    /**
     * Announces a change to the subscribers of {@code topic} on every instance, the publishing one
     * included, each once, within about a second. Inside a transaction it is sent only after
     * that transaction commits, so nobody refreshes to find nothing changed yet.
     */
    void publish(String topic, String key);

    /**
     * Calls {@code listener} for each notice on {@code topic} published from now on, on a
     * background thread, until the subscription is cancelled.
     */
    Subscription subscribe(String topic, LiveChangeListener listener);

    @FunctionalInterface
    interface LiveChangeListener {
        void changed(ChangeNotice notice);
    }

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
