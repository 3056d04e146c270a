package uk.nhs.best.live;

/**
 * Something under {@code topic} changed; {@code key} says what (e.g. an appointment's id), so a
 * screen can decide whether to refresh. It carries no data: listeners read the current state.
 */
public record ChangeNotice(String topic, String key) {
}
