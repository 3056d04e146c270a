package uk.nhs.best.scheduling;

import java.time.LocalDateTime;

/**
 * An assessment to book, in London time.
 *
 * @param overrideReason why a site manager books outside the clinician's working hours, or null
 */
public record BookingRequest(long referralId, long clinicianId, long roomId, LocalDateTime start, int minutes,
                             String overrideReason) {

    public static final int DEFAULT_MINUTES = 60;
}
