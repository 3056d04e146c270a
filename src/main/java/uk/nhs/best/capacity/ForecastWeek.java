package uk.nhs.best.capacity;

import java.time.LocalDate;

/**
 * One week of a forecast. Patients are counted in whole numbers here; the model works in
 * fractions of a patient, so a list may not add up to the last one's figures exactly.
 *
 * @param weekStart          the Monday
 * @param arrivals           new GP referrals expected
 * @param assessmentCapacity assessment hours (one patient each), booked ones included
 * @param assessments        assessments attended (the capacity used, less those who did not attend)
 * @param assessmentList     accepted patients waiting for an assessment at the end of the week
 * @param groupPlaces        places on programmes starting this week still open to the list
 * @param groupStarts        patients from the list who start a programme this week
 * @param groupList          suitable patients waiting for a group at the end of the week
 * @param groupAttendances   expected attendances at this week's group sessions
 * @param completions        patients expected to complete a programme ending this week
 * @param assessmentWait     how long a patient referred this week can expect to wait for an assessment
 * @param groupWait          how long a patient referred this week can expect to wait to start a group
 */
public record ForecastWeek(LocalDate weekStart, int arrivals, int assessmentCapacity, int assessments,
                           int assessmentList, int groupPlaces, int groupStarts, int groupList,
                           int groupAttendances, int completions, ExpectedWait assessmentWait,
                           ExpectedWait groupWait) {

    /**
     * Whole weeks from the week of referral to the week of the step: 0 means the same week. When
     * the step falls after the forecast's last week, the wait is only known to be longer than
     * {@code weeks}.
     */
    public record ExpectedWait(int weeks, boolean beyondHorizon) {

        static ExpectedWait of(int weeks) {
            return new ExpectedWait(weeks, false);
        }

        static ExpectedWait moreThan(int weeks) {
            return new ExpectedWait(weeks, true);
        }

        /** True when the wait is known to be longer than the target. */
        public boolean exceeds(int targetWeeks) {
            return beyondHorizon ? weeks >= targetWeeks : weeks > targetWeeks;
        }

        /** "3 weeks", "1 week", "more than 20 weeks". */
        public String describe() {
            String span = weeks == 1 ? "1 week" : weeks + " weeks";
            return beyondHorizon ? "more than " + span : span;
        }
    }
}
