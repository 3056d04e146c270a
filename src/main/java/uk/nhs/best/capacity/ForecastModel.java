package uk.nhs.best.capacity;

import static java.time.temporal.ChronoUnit.WEEKS;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.best.capacity.Forecast.Rate;
import uk.nhs.best.capacity.Forecast.Rates;
import uk.nhs.best.capacity.Forecast.Referrals;
import uk.nhs.best.capacity.ForecastInputs.Count;
import uk.nhs.best.capacity.ForecastWeek.ExpectedWait;
import uk.nhs.best.capacity.Scenario.ClinicianHours;
import uk.nhs.best.capacity.Scenario.RecurringProgramme;

/**
 * The site's patient flow, week by week: referrals are screened, accepted patients wait for an
 * assessment, suitable ones wait for a group. Both lists are served oldest referral first, so the
 * week the last patient of a referral week is served gives that week's expected wait.
 * docs/capacity-forecast.md explains it for site managers.
 */
public final class ForecastModel {

    /** The forecast the capacity page shows unless asked for more. */
    public static final int DEFAULT_WEEKS = 26;
    public static final int MAX_WEEKS = 52;
    /** Fewer past cases than this, and a rate is too noisy to trust: its fallback is used. */
    public static final int MINIMUM_CASES = 20;

    // Fallbacks: typical of BeST services (the trial and iBeST reports; physiotherapy DNA 9-15%).
    static final double FALLBACK_ACCEPTANCE = 0.85;
    static final double FALLBACK_SUITABLE = 0.80;
    static final double FALLBACK_ASSESSMENT_DNA = 0.12;
    static final double FALLBACK_DROP_OUT = 0.20;
    static final double FALLBACK_SESSION_DNA = 0.12;

    /** A programme is 6 weekly sessions: one started in week w has its last session in week w + 5. */
    private static final int PROGRAMME_WEEKS = 6;
    private static final int NOT_YET = -1;

    private ForecastModel() {
    }

    /** The forecast for {@code weeks} weeks (1 to {@link #MAX_WEEKS}) from the inputs' first week. */
    public static Forecast forecast(ForecastInputs inputs, Scenario scenario, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("A forecast covers 1 to " + MAX_WEEKS + " weeks, not " + weeks);
        }
        scenario.groupSize().ifPresent(size -> {
            if (!inputs.groupSize().allows(size)) {
                throw new IllegalArgumentException("A group of " + size + " is outside the site's limits of "
                        + inputs.groupSize().min() + " to " + inputs.groupSize().max());
            }
        });
        LocalDate first = inputs.firstWeek();
        Rates rates = rates(inputs.history());
        Referrals referrals = referrals(inputs.referralsPerWeek(), scenario);
        double[] capacity = assessmentCapacity(inputs, scenario, weeks);
        Programmes programmes = programmes(inputs, scenario, weeks);

        double acceptance = rates.acceptance().value();
        double suitable = rates.suitable().value();
        CohortQueue assessmentList = new CohortQueue();
        CohortQueue groupList = new CohortQueue();
        inputs.awaitingAssessment().forEach(cohort -> assessmentList.add(week(first, cohort.referralWeek()),
                cohort.patients()));
        // The screening backlog is cleared in the first week, as screening takes about a day.
        inputs.awaitingScreening().forEach(cohort -> assessmentList.add(week(first, cohort.referralWeek()),
                cohort.patients() * acceptance));
        inputs.awaitingGroup().forEach(cohort -> groupList.add(week(first, cohort.referralWeek()), cohort.patients()));

        int[] assessedBy = filled(weeks);
        int[] groupStartedBy = filled(weeks);
        CohortQueue.Served toGroupList = (referralWeek, assessed) -> groupList.add(referralWeek, assessed * suitable);
        CohortQueue.Served nowhere = (referralWeek, started) -> { };
        double[] arrivals = new double[weeks];
        double[] assessed = new double[weeks];
        double[] assessmentListSize = new double[weeks];
        double[] started = new double[weeks];
        double[] groupListSize = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            arrivals[w] = Math.max(0, referrals.firstWeek() + w * referrals.changePerWeek());
            assessmentList.add(w, arrivals[w] * acceptance);
            // A patient who does not attend keeps the slot wasted and goes back on the list.
            assessed[w] = assessmentList.serve(capacity[w] * (1 - rates.assessmentDna().value()), w,
                    assessedBy, referralWeek -> true, toGroupList);
            // A referral week's group wait is known only once all of it has been assessed.
            assessmentListSize[w] = assessmentList.total();
            started[w] = groupList.serve(programmes.openPlaces[w], w, groupStartedBy,
                    referralWeek -> referralWeek < 0 || assessedBy[referralWeek] != NOT_YET, nowhere);
            programmes.enrolled[w + PROGRAMME_WEEKS - 1] += started[w];
            groupListSize[w] = groupList.total();
        }

        List<ForecastWeek> forecastWeeks = new ArrayList<>(weeks);
        Optional<LocalDate> assessmentBreach = Optional.empty();
        Optional<LocalDate> groupBreach = Optional.empty();
        int targetAssessment = inputs.targets().assessmentWeeks();
        int targetGroup = inputs.targets().groupWeeks();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = first.plusWeeks(w);
            ExpectedWait assessmentWait = wait(assessedBy, w, weeks);
            ExpectedWait groupWait = wait(groupStartedBy, w, weeks);
            if (assessmentBreach.isEmpty() && assessmentWait.exceeds(targetAssessment)) {
                assessmentBreach = Optional.of(monday);
            }
            if (groupBreach.isEmpty() && groupWait.exceeds(targetGroup)) {
                groupBreach = Optional.of(monday);
            }
            forecastWeeks.add(new ForecastWeek(monday, round(arrivals[w]), round(capacity[w]), round(assessed[w]),
                    round(assessmentListSize[w]), round(programmes.openPlaces[w]), round(started[w]),
                    round(groupListSize[w]), round(programmes.inGroups(w) * (1 - rates.sessionDna().value())),
                    round(programmes.enrolled[w] * (1 - rates.dropOut().value())), assessmentWait, groupWait));
        }
        return new Forecast(forecastWeeks, inputs.targets(), assessmentBreach, groupBreach, referrals, rates);
    }

    static Rates rates(ForecastInputs.History history) {
        return new Rates(rate(history.screening(), FALLBACK_ACCEPTANCE),
                rate(history.assessmentOutcomes(), FALLBACK_SUITABLE),
                rate(history.assessmentAttendance(), FALLBACK_ASSESSMENT_DNA),
                rate(history.groupCompletion(), FALLBACK_DROP_OUT),
                rate(history.sessionAttendance(), FALLBACK_SESSION_DNA));
    }

    private static Rate rate(Count count, double fallback) {
        return count.outOf() >= MINIMUM_CASES
                ? new Rate((double) count.events() / count.outOf(), true, count.events(), count.outOf())
                : new Rate(fallback, false, count.events(), count.outOf());
    }

    /** Least squares over the past weeks (x = 0 for the oldest), carried on past the last one. */
    static Referrals referrals(List<Integer> past, Scenario scenario) {
        if (scenario.referralsPerWeek().isPresent()) {
            return new Referrals(Referrals.Source.SCENARIO, scenario.referralsPerWeek().getAsDouble(), 0);
        }
        int n = past.size();
        if (n == 0) {
            return new Referrals(Referrals.Source.NO_HISTORY, 0, 0);
        }
        double meanX = (n - 1) / 2.0;
        double meanY = past.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (past.get(x) - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        double slope = variance == 0 ? 0 : covariance / variance;
        return new Referrals(Referrals.Source.TREND, meanY + slope * (n - meanX), slope);
    }

    /**
     * Assessment hours a week. Hours already booked are assessments of patients on the list, so a
     * clinician's week gives its free hours plus its booked ones: the larger of usual and booked hours.
     */
    private static double[] assessmentCapacity(ForecastInputs inputs, Scenario scenario, int weeks) {
        LocalDate first = inputs.firstWeek();
        Map<Long, double[]> usual = new HashMap<>();
        for (ForecastInputs.Clinician clinician : inputs.clinicians()) {
            double[] hours = usual.computeIfAbsent(clinician.id(), id -> new double[weeks]);
            Arrays.fill(hours, clinician.weeklyAssessmentHours());
        }
        scenario.clinicianHours().stream().sorted(Comparator.comparing(ClinicianHours::from)).forEach(change -> {
            double[] hours = usual.computeIfAbsent(change.clinicianId(), id -> new double[weeks]);
            Arrays.fill(hours, Math.clamp(week(first, change.from()), 0, weeks), weeks,
                    change.weeklyHours());
        });
        Map<Long, double[]> booked = new HashMap<>();
        for (ForecastInputs.BookedHours hours : inputs.bookedHours()) {
            int w = week(first, hours.week());
            if (w >= 0 && w < weeks) {
                booked.computeIfAbsent(hours.clinicianId(), id -> new double[weeks])[w] += hours.hours();
            }
        }
        double[] capacity = new double[weeks];
        usual.forEach((clinician, hours) -> {
            double[] alreadyBooked = booked.remove(clinician);
            for (int w = 0; w < weeks; w++) {
                capacity[w] += alreadyBooked == null ? hours[w] : Math.max(hours[w], alreadyBooked[w]);
            }
        });
        // Bookings of clinicians without usual hours here (cover, extra clinics) still happen.
        booked.values().forEach(hours -> {
            for (int w = 0; w < weeks; w++) {
                capacity[w] += hours[w];
            }
        });
        return capacity;
    }

    /**
     * Group places per week, and patients per programme by start week; {@code enrolled} is offset
     * so that programmes that started in the 5 weeks before the forecast (still running) fit in.
     */
    private record Programmes(double[] openPlaces, double[] enrolled) {

        /** Patients in programmes that have a session in forecast week {@code w}. */
        double inGroups(int w) {
            double patients = 0;
            for (int start = w; start < w + PROGRAMME_WEEKS; start++) {
                patients += enrolled[start];
            }
            return patients;
        }
    }

    private static Programmes programmes(ForecastInputs inputs, Scenario scenario, int weeks) {
        LocalDate first = inputs.firstWeek();
        double[] openPlaces = new double[weeks];
        double[] enrolled = new double[weeks + PROGRAMME_WEEKS - 1];
        for (ForecastInputs.Programme programme : inputs.programmes()) {
            if (scenario.removedProgrammes().contains(programme.id())) {
                continue;
            }
            int w = week(first, programme.start());
            if (w <= -PROGRAMME_WEEKS || w >= weeks) {
                continue;
            }
            enrolled[w + PROGRAMME_WEEKS - 1] += programme.enrolled();
            if (w >= 0) {
                int places = scenario.groupSize().orElse(programme.places());
                openPlaces[w] += Math.max(0, places - programme.enrolled());
            }
        }
        int newProgrammePlaces = scenario.groupSize().orElse(inputs.groupSize().max());
        LocalDate horizon = first.plusWeeks(weeks);
        for (RecurringProgramme stream : scenario.recurring()) {
            LocalDate last = stream.until().orElse(horizon);
            for (LocalDate start = stream.from().with(TemporalAdjusters.nextOrSame(stream.weekday()));
                 start.isBefore(horizon) && !start.isAfter(last); start = start.plusWeeks(PROGRAMME_WEEKS)) {
                int w = week(first, start);
                if (w >= 0) {
                    openPlaces[w] += newProgrammePlaces;
                }
            }
        }
        return new Programmes(openPlaces, enrolled);
    }

    private static ExpectedWait wait(int[] servedBy, int referralWeek, int weeks) {
        return servedBy[referralWeek] == NOT_YET
                ? ExpectedWait.moreThan(weeks - 1 - referralWeek)
                : ExpectedWait.of(servedBy[referralWeek] - referralWeek);
    }

    /** Forecast week of a date: 0 for the first week, negative before it. */
    private static int week(LocalDate first, LocalDate day) {
        return (int) WEEKS.between(first, ForecastInputs.monday(day));
    }

    private static int[] filled(int weeks) {
        int[] array = new int[weeks];
        Arrays.fill(array, NOT_YET);
        return array;
    }

    private static int round(double patients) {
        return (int) Math.round(patients);
    }
}
