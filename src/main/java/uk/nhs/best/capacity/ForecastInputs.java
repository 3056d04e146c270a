package uk.nhs.best.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * What a site's forecast starts from, shaped as the counts and rows a query returns.
 *
 * @param firstWeek          a day in the first week forecast (usually today); the model uses its Monday
 * @param referralsPerWeek   GP referrals received in each of the weeks before {@code firstWeek}, oldest
 *                           first (normally 26 weeks); may be empty
 * @param history            the pathway's past counts, from which the rates are taken
 * @param awaitingScreening  referrals not yet screened, by referral week
 * @param awaitingAssessment accepted patients not yet assessed, booked or not, by referral week
 * @param awaitingGroup      patients found suitable who are not yet enrolled on a programme, by referral week
 * @param clinicians         clinicians who assess at the site
 * @param bookedHours        assessment hours already booked in future weeks, per clinician
 * @param programmes         group programmes already planned, including ones running now
 * @param targets            the site's waiting-time targets
 * @param groupSize          the site's group size limits
 */
public record ForecastInputs(LocalDate firstWeek, List<Integer> referralsPerWeek, History history,
                             List<Cohort> awaitingScreening, List<Cohort> awaitingAssessment,
                             List<Cohort> awaitingGroup, List<Clinician> clinicians,
                             List<BookedHours> bookedHours, List<Programme> programmes, Targets targets,
                             GroupSize groupSize) {

    public ForecastInputs {
        firstWeek = monday(firstWeek);
        referralsPerWeek = List.copyOf(referralsPerWeek);
        awaitingScreening = List.copyOf(awaitingScreening);
        awaitingAssessment = List.copyOf(awaitingAssessment);
        awaitingGroup = List.copyOf(awaitingGroup);
        clinicians = List.copyOf(clinicians);
        bookedHours = List.copyOf(bookedHours);
        programmes = List.copyOf(programmes);
    }

    /** A site with no history, nobody waiting, no clinicians and no programmes: the start for tests and new sites. */
    public static ForecastInputs empty(LocalDate firstWeek, Targets targets, GroupSize groupSize) {
        return new ForecastInputs(firstWeek, List.of(), History.NONE, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), targets, groupSize);
    }

    /** How often something happened: {@code events} out of {@code outOf} cases, e.g. 170 accepted of 200 screened. */
    public record Count(int events, int outOf) {

        public static final Count NONE = new Count(0, 0);

        public Count {
            if (events < 0 || outOf < 0 || events > outOf) {
                throw new IllegalArgumentException("A count needs 0 <= events <= outOf, not " + events + "/" + outOf);
            }
        }
    }

    /**
     * The pathway's past counts, normally over the last 26 weeks.
     *
     * @param screening          referrals accepted, of referrals screened
     * @param assessmentOutcomes patients found suitable for a group, of patients assessed
     * @param assessmentAttendance assessments not attended (DNA), of assessments booked
     * @param groupCompletion    patients who did not complete (fewer than 3 sessions attended), of patients
     *                           enrolled on programmes that have ended
     * @param sessionAttendance  group session places not attended (DNA), of places booked
     */
    public record History(Count screening, Count assessmentOutcomes, Count assessmentAttendance,
                          Count groupCompletion, Count sessionAttendance) {

        public static final History NONE = new History(Count.NONE, Count.NONE, Count.NONE, Count.NONE, Count.NONE);
    }

    /** {@code patients} waiting who were referred in the week of {@code referralWeek} (any day of it). */
    public record Cohort(LocalDate referralWeek, int patients) {

        public Cohort {
            referralWeek = monday(referralWeek);
            if (patients < 0) {
                throw new IllegalArgumentException("A cohort cannot hold " + patients + " patients");
            }
        }
    }

    /** A clinician's usual assessment hours a week at the site (assessments take an hour). */
    public record Clinician(long id, double weeklyAssessmentHours) {

        public Clinician {
            if (weeklyAssessmentHours < 0) {
                throw new IllegalArgumentException("Weekly assessment hours cannot be negative");
            }
        }
    }

    /** Hours of assessments already booked for a clinician in the week of {@code week}. */
    public record BookedHours(long clinicianId, LocalDate week, double hours) {

        public BookedHours {
            week = monday(week);
        }
    }

    /** A planned programme: its first session, its places and the patients already enrolled. */
    public record Programme(long id, LocalDate start, int places, int enrolled) {

        public Programme {
            if (enrolled < 0 || places < 0) {
                throw new IllegalArgumentException("Places and enrolled patients cannot be negative");
            }
        }
    }

    /** Weeks from referral within which a patient should be assessed, and start a group. */
    public record Targets(int assessmentWeeks, int groupWeeks) {

        public Targets {
            if (assessmentWeeks < 0 || groupWeeks < 0) {
                throw new IllegalArgumentException("Targets cannot be negative");
            }
        }
    }

    /** The site's limits on the number of patients in a group. */
    public record GroupSize(int min, int max) {

        public GroupSize {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("Group size limits need 1 <= min <= max, not " + min + "-" + max);
            }
        }

        boolean allows(int size) {
            return size >= min && size <= max;
        }
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
