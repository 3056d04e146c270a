package uk.nhs.best.common;

/**
 * A request the portal refuses because of a rule (an illegal step in the pathway, a stale
 * decision, a full programme): the message says why in plain English and nothing was changed.
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
