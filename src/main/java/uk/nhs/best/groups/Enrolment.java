package uk.nhs.best.groups;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient's place on a programme or its waiting list.
 *
 * @param attended sessions marked attended (current marks, corrections applied)
 * @param awaitingDecision did not complete and waits for a clinician's decision
 */
public record Enrolment(long id, long programmeId, long patientId, String patientName, String nhsNumber,
                        long referralId, LocalDate referralDate, EnrolmentStatus status, String statusReason,
                        Instant listedAt, int attended, boolean awaitingDecision, long version) {
}
