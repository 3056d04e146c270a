package uk.nhs.best.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.best.capacity.Forecast;
import uk.nhs.best.capacity.ForecastInputs;
import uk.nhs.best.capacity.ForecastInputs.Cohort;
import uk.nhs.best.capacity.ForecastInputs.Count;
import uk.nhs.best.capacity.ForecastModel;
import uk.nhs.best.capacity.Scenario;

/**
 * What-if recomputes on the capacity page: a busy site (26 weeks of history, 8 clinicians, 10
 * planned programmes, lists by referral week) forecast 52 weeks ahead, each run with a scenario
 * the manager is trying out.
 */
class ForecastBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final int WARM_UP = 5_000;
    private static final int RUNS = 1_000;

    @Test
    void whatIfRecomputes() {
        ForecastInputs site = busySite();
        List<Scenario> scenarios = List.of(Scenario.BASELINE,
                Scenario.BASELINE.withClinicianHours(3, TODAY.plusWeeks(4), 12),
                Scenario.BASELINE.withRecurringProgramme(DayOfWeek.TUESDAY, TODAY.plusWeeks(2)).withGroupSize(8),
                Scenario.BASELINE.withoutProgramme(104).withReferralsPerWeek(16));
        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += ForecastModel.forecast(site, scenarios.get(i % scenarios.size()), 52).weeks().size();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            Forecast forecast = ForecastModel.forecast(site, scenarios.get(i % scenarios.size()), 52);
            millis[i] = (System.nanoTime() - started) / 1e6;
            checksum += forecast.weeks().size();
        }
        Arrays.sort(millis);
        System.out.printf("BENCH capacity_whatif_52_weeks_median %.3f ms%n", millis[RUNS / 2]);
        System.out.printf("BENCH capacity_whatif_52_weeks_p95 %.3f ms%n", millis[(int) Math.ceil(RUNS * 0.95) - 1]);
        // Keeps the work from being optimised away.
        System.out.printf("BENCH capacity_whatif_weeks_computed %d weeks%n", checksum);
    }

    private static ForecastInputs busySite() {
        List<Integer> referrals = new ArrayList<>();
        for (int week = 0; week < 26; week++) {
            referrals.add(9 + week / 6 + week % 3);
        }
        List<Cohort> awaitingAssessment = new ArrayList<>();
        List<Cohort> awaitingGroup = new ArrayList<>();
        for (int week = 1; week <= 10; week++) {
            awaitingAssessment.add(new Cohort(TODAY.minusWeeks(week), 11 - week));
            awaitingGroup.add(new Cohort(TODAY.minusWeeks(week + 4), 2 + week % 3));
        }
        List<ForecastInputs.Clinician> clinicians = new ArrayList<>();
        List<ForecastInputs.BookedHours> booked = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            clinicians.add(new ForecastInputs.Clinician(id, 1 + id % 3));
            booked.add(new ForecastInputs.BookedHours(id, TODAY, 2));
            booked.add(new ForecastInputs.BookedHours(id, TODAY.plusWeeks(1), 1));
        }
        List<ForecastInputs.Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            programmes.add(new ForecastInputs.Programme(100 + i, TODAY.plusWeeks(i * 2 - 3), 8, i < 4 ? 8 : 3));
        }
        ForecastInputs.History history = new ForecastInputs.History(new Count(520, 610), new Count(410, 505),
                new Count(61, 560), new Count(88, 402), new Count(290, 2300));
        return new ForecastInputs(TODAY, referrals, history, List.of(new Cohort(TODAY, 6)), awaitingAssessment,
                awaitingGroup, clinicians, booked, programmes, new ForecastInputs.Targets(6, 18),
                new ForecastInputs.GroupSize(6, 8));
    }
}
