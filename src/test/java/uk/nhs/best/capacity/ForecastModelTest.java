package uk.nhs.best.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.best.capacity.SiteInputs.EVERYONE_THROUGH;
import static uk.nhs.best.capacity.SiteInputs.FIRST_WEEK;
import static uk.nhs.best.capacity.SiteInputs.clinician;
import static uk.nhs.best.capacity.SiteInputs.programme;
import static uk.nhs.best.capacity.SiteInputs.steady;
import static uk.nhs.best.capacity.SiteInputs.week;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.nhs.best.capacity.ForecastInputs.Cohort;
import uk.nhs.best.capacity.ForecastInputs.Count;
import uk.nhs.best.capacity.ForecastInputs.History;
import uk.nhs.best.capacity.ForecastWeek.ExpectedWait;

class ForecastModelTest {

    @Test
    void aListGrowsByWhatCapacityCannotSee() {
        // 10 referrals a week, all accepted; one clinician with 8 hours: the list grows by 2 a week.
        Forecast forecast = ForecastModel.forecast(steady(10, List.of(clinician(1, 8)), List.of()), Scenario.BASELINE,
                26);

        assertThat(forecast.weeks()).hasSize(26);
        assertThat(forecast.weeks().getFirst().weekStart()).isEqualTo(FIRST_WEEK);
        assertThat(forecast.weeks().get(25).weekStart()).isEqualTo(week(25));
        assertThat(forecast.weeks()).allSatisfy(week -> {
            assertThat(week.arrivals()).isEqualTo(10);
            assertThat(week.assessmentCapacity()).isEqualTo(8);
            assertThat(week.assessments()).isEqualTo(8);
        });
        assertThat(forecast.weeks().stream().map(ForecastWeek::assessmentList).limit(5)).containsExactly(2, 4, 6, 8, 10);
    }

    @Test
    void theWaitIsWhenTheLastPatientOfTheReferralWeekIsSeen() {
        // Oldest first, the 10 referred in week w are all seen in the first week k with
        // 8 x (k + 1) >= 10 x (w + 1), k = ceil(1.25 (w + 1)) - 1, so week w waits
        // k - w = ceil((w + 1) / 4) weeks: 1 for weeks 0-3 (week 3's 40th patient is seen at the end
        // of week 4, exactly), 2 for weeks 4-7, ..., 7 from week 24 (seen in week 31).
        Forecast forecast = ForecastModel.forecast(steady(10, List.of(clinician(1, 8)), List.of()), Scenario.BASELINE,
                52);

        assertThat(forecast.weeks().stream().map(week -> week.assessmentWait().weeks()).limit(10))
                .containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 3, 3);
        assertThat(forecast.weeks().get(23).assessmentWait()).isEqualTo(new ExpectedWait(6, false));
        assertThat(forecast.weeks().get(24).assessmentWait()).isEqualTo(new ExpectedWait(7, false));
        // 7 weeks is past the 6-week target.
        assertThat(forecast.assessmentBreach()).contains(week(24));
    }

    @Test
    void aBreachPastTheLastWeekIsNotForecast() {
        // The same site over 26 weeks: week 19's last patient is seen in week 24 (5 weeks); from week
        // 20 the last patient is seen after week 25 (week 20: in week 26), so the wait is only known to
        // be more than 25 - w weeks, never more than 6: no breach within the forecast.
        Forecast forecast = ForecastModel.forecast(steady(10, List.of(clinician(1, 8)), List.of()), Scenario.BASELINE,
                26);

        assertThat(forecast.weeks().get(19).assessmentWait()).isEqualTo(new ExpectedWait(5, false));
        assertThat(forecast.weeks().get(20).assessmentWait()).isEqualTo(new ExpectedWait(5, true));
        assertThat(forecast.assessmentBreach()).isEmpty();
    }

    @Test
    void waitsPastTheLastWeekAreOnlyKnownToBeLonger() {
        // No group programmes: nobody starts a group, so every referral week's group wait runs past
        // week 25, the last: week w waits more than 25 - w weeks. Week 0's 25 > 18: breached at once.
        Forecast forecast = ForecastModel.forecast(steady(10, List.of(clinician(1, 8)), List.of()), Scenario.BASELINE,
                26);

        assertThat(forecast.weeks().getFirst().groupWait()).isEqualTo(new ExpectedWait(25, true));
        assertThat(forecast.weeks().getFirst().groupWait().describe()).isEqualTo("more than 25 weeks");
        assertThat(forecast.weeks().get(24).groupWait().describe()).isEqualTo("more than 1 week");
        assertThat(forecast.groupBreach()).contains(FIRST_WEEK);
        // The group list takes the 8 assessed each week.
        assertThat(forecast.weeks().get(2).groupList()).isEqualTo(24);
    }

    @Test
    void aSiteWithoutCliniciansAssessesNobody() {
        // 5 a week, all accepted, nobody to assess them: the list grows by 5 a week and nobody is
        // seen in the 26 weeks. Week 0's wait is more than 25 weeks, past the 6-week target at once.
        Forecast forecast = ForecastModel.forecast(steady(5, List.of(), List.of()), Scenario.BASELINE, 26);

        assertThat(forecast.weeks()).allSatisfy(week -> {
            assertThat(week.assessmentCapacity()).isZero();
            assertThat(week.assessments()).isZero();
            assertThat(week.assessmentWait().beyondHorizon()).isTrue();
        });
        assertThat(forecast.weeks().get(25).assessmentList()).isEqualTo(130);
        assertThat(forecast.assessmentBreach()).contains(FIRST_WEEK);
        // Week 19 is the last known to breach (more than 6 weeks); from week 20 it is only "more than 5".
        assertThat(forecast.weeks().get(19).assessmentWait().exceeds(6)).isTrue();
        assertThat(forecast.weeks().get(20).assessmentWait().exceeds(6)).isFalse();
    }

    @Test
    void anEmptyHistoryForecastsNothingWithFallbackRates() {
        Forecast forecast = ForecastModel.forecast(
                ForecastInputs.empty(FIRST_WEEK.plusDays(3), SiteInputs.TARGETS, SiteInputs.GROUP_SIZE),
                Scenario.BASELINE, 26);

        assertThat(forecast.weeks()).hasSize(26).allSatisfy(week -> {
            assertThat(week.arrivals()).isZero();
            assertThat(week.assessmentList()).isZero();
            assertThat(week.groupList()).isZero();
        });
        assertThat(forecast.weeks().getFirst().weekStart()).isEqualTo(FIRST_WEEK);
        assertThat(forecast.referrals().source()).isEqualTo(Forecast.Referrals.Source.NO_HISTORY);
        assertThat(forecast.rates().allObserved()).isFalse();
        assertThat(forecast.rates().acceptance()).isEqualTo(new Forecast.Rate(0.85, false, 0, 0));
        // Even nobody waits for ever without a clinician: a patient referred now would not be seen.
        assertThat(forecast.assessmentBreach()).contains(FIRST_WEEK);
    }

    @Test
    void patientsWhoDoNotAttendUseTheirSlotAndGoBackOnTheList() {
        // 10 hours, 2 of 10 booked do not attend (4 of 20 in the past): 8 seen a week, as with 8 hours.
        History missing = new History(new Count(20, 20), new Count(20, 20), new Count(4, 20), new Count(0, 20),
                new Count(0, 20));
        ForecastInputs inputs = new ForecastInputs(FIRST_WEEK, Collections.nCopies(26, 10), missing,
                List.of(), List.of(), List.of(), List.of(clinician(1, 10)), List.of(), List.of(),
                SiteInputs.TARGETS, SiteInputs.GROUP_SIZE);

        Forecast forecast = ForecastModel.forecast(inputs, Scenario.BASELINE, 26);

        assertThat(forecast.weeks().getFirst().assessmentCapacity()).isEqualTo(10);
        assertThat(forecast.weeks().getFirst().assessments()).isEqualTo(8);
        assertThat(forecast.weeks().stream().map(week -> week.assessmentWait().weeks()).limit(10))
                .containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 3, 3);
    }

    @Test
    void patientsAlreadyWaitingAreSeenFirst() {
        // 16 accepted in the week of 14/12/2026 (3 weeks before), 10 unscreened from 28/12 of whom half
        // are accepted (10 of 20 in the past): 21 ahead of week 0's new referrals. Nobody new is referred.
        // 8 a week: weeks 0-1 see 16, week 2 sees the other 5 and has room, so week 0 waits 2 weeks.
        History halfAccepted = new History(new Count(10, 20), new Count(20, 20), new Count(0, 20), new Count(0, 20),
                new Count(0, 20));
        ForecastInputs inputs = new ForecastInputs(FIRST_WEEK, List.of(), halfAccepted,
                List.of(new Cohort(FIRST_WEEK.minusWeeks(1), 10)), List.of(new Cohort(FIRST_WEEK.minusWeeks(3), 16)),
                List.of(), List.of(clinician(1, 8)), List.of(), List.of(), SiteInputs.TARGETS, SiteInputs.GROUP_SIZE);

        Forecast forecast = ForecastModel.forecast(inputs, Scenario.BASELINE, 6);

        assertThat(forecast.weeks().stream().map(ForecastWeek::assessmentList)).containsExactly(13, 5, 0, 0, 0, 0);
        assertThat(forecast.weeks().stream().map(week -> week.assessmentWait().weeks()))
                .containsExactly(2, 1, 0, 0, 0, 0);
        assertThat(forecast.assessmentBreach()).isEmpty();
    }

    @Test
    void bookedHoursAreAssessmentsOfPatientsOnTheList() {
        // Usual 8 hours; 11 booked in week 0 (an extra clinic) and 3 in week 1 (5 still free);
        // clinician 2 has no usual hours here but 2 booked in week 1.
        ForecastInputs steady = steady(10, List.of(clinician(1, 8)), List.of());
        ForecastInputs inputs = new ForecastInputs(FIRST_WEEK, steady.referralsPerWeek(), EVERYONE_THROUGH, List.of(),
                List.of(), List.of(), steady.clinicians(), List.of(
                        new ForecastInputs.BookedHours(1, FIRST_WEEK, 11),
                        new ForecastInputs.BookedHours(1, week(1).plusDays(4), 3),
                        new ForecastInputs.BookedHours(2, week(1), 2)), List.of(), SiteInputs.TARGETS,
                SiteInputs.GROUP_SIZE);

        Forecast forecast = ForecastModel.forecast(inputs, Scenario.BASELINE, 3);

        assertThat(forecast.weeks().stream().map(ForecastWeek::assessmentCapacity)).containsExactly(11, 10, 8);
    }

    @Test
    void groupsTakeTheLongestWaitingFirst() {
        // 4 a week, all assessed in their week (10 hours). Programmes in week 2 (8 places) and
        // week 5 (8 places, 2 already enrolled: 6 open).
        // Group list: 4, 8, 12 - 8 = 4 (weeks 0 and 1 start in week 2: waits 2 and 1), 8, 12,
        // 16 - 6 = 10 (week 2's 4 start in week 5: 3 weeks; week 3's 2 of 4 too), 14, 18.
        Forecast forecast = ForecastModel.forecast(steady(4, List.of(clinician(1, 10)),
                List.of(programme(1, 2, 8, 0), programme(2, 5, 8, 2))), Scenario.BASELINE, 8);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupList)).containsExactly(4, 8, 4, 8, 12, 10, 14, 18);
        assertThat(forecast.weeks().stream().map(ForecastWeek::groupPlaces)).containsExactly(0, 0, 8, 0, 0, 6, 0, 0);
        assertThat(forecast.weeks().stream().map(ForecastWeek::groupStarts)).containsExactly(0, 0, 8, 0, 0, 6, 0, 0);
        assertThat(forecast.weeks().stream().map(week -> week.groupWait().describe()).limit(4))
                .containsExactly("2 weeks", "1 week", "3 weeks", "more than 4 weeks");
        assertThat(forecast.weeks().stream().map(week -> week.assessmentWait().weeks()).distinct()).containsExactly(0);
        // Sessions: week 2's 8 patients from week 2; week 5's 8 join them; all complete (no drop-outs)
        // at week 2's sixth session, in week 7.
        assertThat(forecast.weeks().stream().map(ForecastWeek::groupAttendances))
                .containsExactly(0, 0, 8, 8, 8, 16, 16, 16);
        assertThat(forecast.weeks().stream().map(ForecastWeek::completions)).containsExactly(0, 0, 0, 0, 0, 0, 0, 8);
        assertThat(forecast.groupBreach()).isEmpty();
    }

    @Test
    void aReferralWeekStartsAGroupOnlyWhenAllOfItHasBeenAssessed() {
        // 10 a week against 8 hours, and a programme every week with 20 places: nobody waits for a
        // group once assessed, but week 0's last 2 are assessed in week 1, so its group wait is 1 week
        // too, not 0. The group waits are the assessment waits: 1, 1, 1, 1, 2, ...
        List<ForecastInputs.Programme> weekly = IntStream.range(0, 10)
                .mapToObj(week -> programme(week, week, 20, 0)).toList();
        Forecast forecast = ForecastModel.forecast(steady(10, List.of(clinician(1, 8)), weekly), Scenario.BASELINE,
                10);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupStarts)).allMatch(started -> started == 8);
        assertThat(forecast.weeks().stream().map(week -> week.groupWait().weeks()).limit(6))
                .containsExactly(1, 1, 1, 1, 2, 2);

        // With no hours after week 0, week 0's last 2 are never assessed: 8 start in week 0, but the
        // week's group wait is past the forecast's end.
        Forecast noHoursLeft = ForecastModel.forecast(steady(10, List.of(clinician(1, 8)), weekly),
                Scenario.BASELINE.withClinicianHours(1, week(1), 0), 10);

        assertThat(noHoursLeft.weeks().getFirst().groupStarts()).isEqualTo(8);
        assertThat(noHoursLeft.weeks().getFirst().groupWait().describe()).isEqualTo("more than 9 weeks");
    }

    @Test
    void theGroupListIsServedByReferralDate() {
        // 4 on the group list referred a week ago; 4 referred 5 weeks ago still to be assessed, in week 0
        // (10 hours). Week 0's programme has 4 places: they go to the 4 who have waited longer.
        ForecastInputs inputs = new ForecastInputs(FIRST_WEEK, List.of(), EVERYONE_THROUGH, List.of(),
                List.of(new Cohort(FIRST_WEEK.minusWeeks(5), 4)), List.of(new Cohort(FIRST_WEEK.minusWeeks(1), 4)),
                List.of(clinician(1, 10)), List.of(), List.of(programme(1, 0, 4, 0), programme(2, 1, 6, 0)),
                SiteInputs.TARGETS, SiteInputs.GROUP_SIZE);

        Forecast forecast = ForecastModel.forecast(inputs, Scenario.BASELINE, 3);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupStarts)).containsExactly(4, 4, 0);
        assertThat(forecast.weeks().stream().map(ForecastWeek::groupList)).containsExactly(4, 0, 0);
        // Nobody new is referred: a patient referred in week 0 would start in week 1's programme.
        assertThat(forecast.weeks().getFirst().groupWait()).isEqualTo(new ExpectedWait(1, false));
    }

    @Test
    void dropOutsAndMissedSessionsThinTheGroups() {
        // A programme that started 2 weeks ago with 8 patients: a quarter miss each session (5 of 20),
        // a quarter drop out (5 of 20): 6 attend each week, 6 complete in week 3, its sixth.
        History thinning = new History(new Count(20, 20), new Count(20, 20), new Count(0, 20), new Count(5, 20),
                new Count(5, 20));
        ForecastInputs inputs = new ForecastInputs(FIRST_WEEK, List.of(), thinning, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(programme(1, -2, 8, 8)), SiteInputs.TARGETS, SiteInputs.GROUP_SIZE);

        Forecast forecast = ForecastModel.forecast(inputs, Scenario.BASELINE, 5);

        assertThat(forecast.weeks().stream().map(ForecastWeek::groupAttendances)).containsExactly(6, 6, 6, 6, 0);
        assertThat(forecast.weeks().stream().map(ForecastWeek::completions)).containsExactly(0, 0, 0, 6, 0);
        assertThat(forecast.weeks().getFirst().groupPlaces()).isZero();
    }

    @Test
    void aForecastCoversOneToFiftyTwoWeeks() {
        ForecastInputs inputs = steady(10, List.of(clinician(1, 8)), List.of());

        assertThat(ForecastModel.forecast(inputs, Scenario.BASELINE, 52).weeks()).hasSize(52);
        assertThatThrownBy(() -> ForecastModel.forecast(inputs, Scenario.BASELINE, 53))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForecastModel.forecast(inputs, Scenario.BASELINE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ForecastModel.forecast(inputs, Scenario.BASELINE, 1).assessmentBreach()).isEqualTo(Optional.empty());
    }
}
