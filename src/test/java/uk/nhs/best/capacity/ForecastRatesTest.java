package uk.nhs.best.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.best.capacity.SiteInputs.FIRST_WEEK;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.nhs.best.capacity.Forecast.Rate;
import uk.nhs.best.capacity.Forecast.Referrals;
import uk.nhs.best.capacity.ForecastInputs.Count;
import uk.nhs.best.capacity.ForecastInputs.History;

class ForecastRatesTest {

    @Test
    void ratesFromTwentyCasesAreObservedAndFewerFallBack() {
        History history = new History(new Count(17, 20), new Count(19, 19), new Count(3, 40), new Count(0, 0),
                new Count(30, 200));

        Forecast.Rates rates = ForecastModel.rates(history);

        assertThat(rates.acceptance()).isEqualTo(new Rate(0.85, true, 17, 20));
        assertThat(rates.suitable()).isEqualTo(new Rate(0.80, false, 19, 19));
        assertThat(rates.assessmentDna()).isEqualTo(new Rate(0.075, true, 3, 40));
        assertThat(rates.dropOut()).isEqualTo(new Rate(0.20, false, 0, 0));
        assertThat(rates.sessionDna()).isEqualTo(new Rate(0.15, true, 30, 200));
        assertThat(rates.allObserved()).isFalse();
    }

    @Test
    void everyRateHasAFallback() {
        Forecast.Rates rates = ForecastModel.rates(History.NONE);

        assertThat(List.of(rates.acceptance(), rates.suitable(), rates.assessmentDna(), rates.dropOut(),
                rates.sessionDna())).extracting(Rate::value).containsExactly(0.85, 0.80, 0.12, 0.20, 0.12);
    }

    @Test
    void risingReferralsCarryOnRising() {
        // 1, 2, ..., 26: slope 1 a week, so 27 this week and 30 in week 3.
        Forecast forecast = forecast(IntStream.rangeClosed(1, 26).boxed().toList());

        assertThat(forecast.referrals()).isEqualTo(new Referrals(Referrals.Source.TREND, 27, 1));
        assertThat(forecast.weeks().stream().map(ForecastWeek::arrivals).limit(4)).containsExactly(27, 28, 29, 30);
    }

    @Test
    void theTrendIsTheLeastSquaresLine() {
        // 2, 4, 9 at x = 0, 1, 2: mean x 1, mean y 5; slope ((-1)(-3) + 0 + (1)(4)) / (1 + 0 + 1) = 3.5;
        // at x = 3: 5 + 3.5 x 2 = 12, then 15.5 (shown as 16), 19.
        Forecast forecast = forecast(List.of(2, 4, 9));

        assertThat(forecast.referrals()).isEqualTo(new Referrals(Referrals.Source.TREND, 12, 3.5));
        assertThat(forecast.weeks().stream().map(ForecastWeek::arrivals).limit(3)).containsExactly(12, 16, 19);
    }

    @Test
    void fallingReferralsStopAtNone() {
        // 26, 25, ..., 1: the line reaches 0 this week and would go below it after.
        Forecast forecast = forecast(IntStream.rangeClosed(1, 26).map(week -> 27 - week).boxed().toList());

        assertThat(forecast.referrals().changePerWeek()).isEqualTo(-1);
        assertThat(forecast.weeks()).allSatisfy(week -> assertThat(week.arrivals()).isZero());
    }

    @Test
    void oneWeekOfHistoryIsAFlatLine() {
        assertThat(forecast(List.of(5)).referrals()).isEqualTo(new Referrals(Referrals.Source.TREND, 5, 0));
    }

    private static Forecast forecast(List<Integer> referralsPerWeek) {
        return ForecastModel.forecast(new ForecastInputs(FIRST_WEEK, referralsPerWeek, SiteInputs.EVERYONE_THROUGH,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SiteInputs.TARGETS,
                SiteInputs.GROUP_SIZE), Scenario.BASELINE, 10);
    }
}
