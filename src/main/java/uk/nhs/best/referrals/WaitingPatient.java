package uk.nhs.best.referrals;

import java.time.LocalDate;
import uk.nhs.best.patients.NhsNumber;

/** One row of a waiting list. */
public record WaitingPatient(long referralId, long patientId, String patientName, NhsNumber nhsNumber,
                             LocalDate dateOfBirth, LocalDate referralDate, PathwayStage stage, long daysWaiting,
                             LocalDate targetDate, TargetStatus targetStatus) {

    public long weeksWaiting() {
        return daysWaiting / 7;
    }
}
