package uk.nhs.best.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.best.capacity.SiteInputs.FIRST_WEEK;
import static uk.nhs.best.capacity.SiteInputs.clinician;
import static uk.nhs.best.capacity.SiteInputs.programme;
import static uk.nhs.best.capacity.SiteInputs.steady;
import static uk.nhs.best.capacity.SiteInputs.week;

import java.time.DayOfWeek;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForecastScenarioTest {

    /** 10 referrals a week against 8 hours: waits of 1, 1, 1, 1, 2, 2, 2, 2, 3, ... weeks (see ForecastModelTest). */
    private static final ForecastInputs SHORT_OF_HOURS = steady(10, List.of(clinician(1, 8)), List.of());
    /**
     * 4 a week, all assessed in their week; programmes in week 2 (8 places) and week 5 (6 open):
     * group waits of 2, 1, 3 weeks for weeks 0-2 (see ForecastModelTest).
     */
    private static final ForecastInputs TWO_PROGRAMMES = steady(4, List.of(clinician(1, 10)),
            List.of(programme(1, 2, 8, 0), programme(2, 5, 8, 2)));

    @Test
    void moreClinicianHoursShortenTheAssessmentWait() {
        // 12 hours from week 4 (the Tuesday counts for the whole week). The list is 8 at the end of
        // week 3 (week 3's 8 left); week 4: 18 - 12 = 6 (week 3 seen, 1 week; 4 of week 4's 10);
        // week 5: 16 - 12 = 4 (week 4 seen, 1 week); week 6: 14 - 12 = 2; week 7: 12 - 12 = 0, so
        // week 6's last 2 and all of week 7's 10 are seen in week 7 (1 and 0 weeks); then 0 weeks.
        Forecast forecast = ForecastModel.forecast(SHORT_OF_HOURS,
                Scenario.BASELINE.withClinicianHours(1, week(4).plusDays(1), 12), 12);

        assertThat(forecast.weeks().stream().map(ForecastWeek::assessmentCapacity).limit(6))
                .containsExactly(8, 8, 8, 8, 12, 12);
        assertThat(forecast.weeks().stream().map(ForecastWeek::assessmentList).limit(9))
                .containsExactly(2, 4, 6, 8, 6, 4, 2, 0, 0);
        assertThat(forecast.weeks().stream().map(week -> week.assessmentWait().weeks()).limit(9))
                .containsExactly(1, 1, 1, 1, 1, 1, 1, 0, 0);
    }

    @Test
    void aNewStarterAddsHours() {
        // Clinician 9 is not in the inputs: 2 more hours make 10, as many as are referred.
        Forecast forecast = ForecastModel.forecast(SHORT_OF_HOURS,
                Scenario.BASELINE.withClinicianHours(9, FIRST_WEEK, 2), 26);

        assertThat(forecast.weeks()).allSatisfy(week -> {
            assertThat(week.assessmentCapacity()).isEqualTo(10);
            assertThat(week.assessmentWait().weeks()).isZero();
        });
    }

    @Test
    void aRecurringProgrammeShortensTheGroupWait() {
        // Mondays from week 3, 8 places (the site's maximum), then week 9. The group list:
        // week 2 leaves week 2's 4; week 3: 4 + 4 = 8 all start (weeks 2 and 3 wait 1 and 0 weeks,
        // not 3 and more than 4); week 4: 4; week 5: 8 - 6 = 2 (week 4 starts, 1 week); 6; 10.
        Forecast forecast = ForecastModel.forecast(TWO_PROGRAMMES,
                Scenario.BASELINE.withRecurringProgramme(DayOfWeek.MONDAY, week(2).plusDays(1)), 12);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupPlaces))
                .containsExactly(0, 0, 8, 8, 0, 6, 0, 0, 0, 8, 0, 0);
        assertThat(forecast.weeks().stream().map(ForecastWeek::groupList).limit(8))
                .containsExactly(4, 8, 4, 0, 4, 2, 6, 10);
        assertThat(forecast.weeks().stream().map(week -> week.groupWait().weeks()).limit(5))
                .containsExactly(2, 1, 1, 0, 1);
    }

    @Test
    void aStoppedStreamAddsNoMoreProgrammes() {
        Forecast forecast = ForecastModel.forecast(TWO_PROGRAMMES, Scenario.BASELINE
                .withRecurringProgramme(DayOfWeek.MONDAY, week(3))
                .withRecurringStopped(DayOfWeek.MONDAY, week(8)), 12);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupPlaces))
                .containsExactly(0, 0, 8, 8, 0, 6, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void removingAProgrammeLengthensTheGroupWait() {
        // Without week 2's programme the list reaches 24 by week 5, whose 6 places take week 0's 4
        // (5 weeks) and 2 of week 1's: week 1 waits more than 8 - 1 - 1 = 6 weeks.
        Forecast forecast = ForecastModel.forecast(TWO_PROGRAMMES, Scenario.BASELINE.withoutProgramme(1), 8);

        assertThat(forecast.weeks().get(5).groupList()).isEqualTo(18);
        assertThat(forecast.weeks().get(0).groupWait().describe()).isEqualTo("5 weeks");
        assertThat(forecast.weeks().get(1).groupWait().describe()).isEqualTo("more than 6 weeks");
    }

    @Test
    void aGroupSizeChangesEveryProgrammeFromNowOn() {
        // 6 a group: week 2's programme has 6 places, week 5's 6 less the 2 enrolled, the stream's 6.
        Forecast forecast = ForecastModel.forecast(TWO_PROGRAMMES, Scenario.BASELINE.withGroupSize(6)
                .withRecurringProgramme(DayOfWeek.THURSDAY, week(3)), 8);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupPlaces)).containsExactly(0, 0, 6, 6, 0, 4, 0, 0);
    }

    @Test
    void aGroupSizeOutsideTheSiteLimitsIsRefused() {
        assertThatThrownBy(() -> ForecastModel.forecast(TWO_PROGRAMMES, Scenario.BASELINE.withGroupSize(9), 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A group of 9 is outside the site's limits of 6 to 8");
    }

    @Test
    void aFixedReferralRateReplacesTheTrend() {
        Forecast forecast = ForecastModel.forecast(SHORT_OF_HOURS, Scenario.BASELINE.withReferralsPerWeek(7), 10);

        assertThat(forecast.referrals()).isEqualTo(new Forecast.Referrals(Forecast.Referrals.Source.SCENARIO, 7, 0));
        assertThat(forecast.weeks()).allSatisfy(week -> {
            assertThat(week.arrivals()).isEqualTo(7);
            assertThat(week.assessmentWait().weeks()).isZero();
        });
    }

    @Test
    void theBaselineChangesNothing() {
        assertThat(ForecastModel.forecast(TWO_PROGRAMMES, Scenario.BASELINE, 26))
                .isEqualTo(ForecastModel.forecast(TWO_PROGRAMMES, new Scenario(OptionalDouble.empty(),
                        List.of(), List.of(), Set.of(), OptionalInt.empty()), 26));
    }
}
