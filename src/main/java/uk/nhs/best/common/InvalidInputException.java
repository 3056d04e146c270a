package uk.nhs.best.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form that cannot be saved: for each field (by name) what is wrong with it. Nothing was
 * changed; the screen shows each message next to its field.
 */
public class InvalidInputException extends RefusedException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(summary(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String summary(Map<String, String> errors) {
        return errors.size() == 1 ? errors.values().iterator().next()
                : "Please correct the " + errors.size() + " highlighted fields.";
    }

    /** Collects field problems; throws if there were any. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector check(boolean problem, String field, String message) {
            if (problem && !errors.containsKey(field)) {
                errors.put(field, message);
            }
            return this;
        }

        public Collector add(String field, String messageOrNull) {
            return check(messageOrNull != null, field, messageOrNull);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
