package uk.nhs.best.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A site's forecast, week by week, with what it was worked out from so the page can explain it.
 *
 * @param weeks            the weeks forecast, the first being the current week
 * @param targets          the site's targets the waits are judged against
 * @param assessmentBreach the first week whose new referrals are expected to wait longer than the
 *                         assessment target, if any within the forecast
 * @param groupBreach      the same for the group target
 * @param referrals        where the weekly arrivals come from
 * @param rates            the rates used, each observed or a fallback
 */
public record Forecast(List<ForecastWeek> weeks, ForecastInputs.Targets targets, Optional<LocalDate> assessmentBreach,
                       Optional<LocalDate> groupBreach, Referrals referrals, Rates rates) {

    public Forecast {
        weeks = List.copyOf(weeks);
    }

    /**
     * Arrivals in forecast week {@code n} (0 = the current week) are
     * {@code max(0, firstWeek + n * changePerWeek)}.
     *
     * @param source        the trend of past referrals, the scenario's fixed figure, or none (no history)
     * @param firstWeek     arrivals in the current week
     * @param changePerWeek the trend's slope, in referrals a week per week
     */
    public record Referrals(Source source, double firstWeek, double changePerWeek) {

        public enum Source {
            TREND, SCENARIO, NO_HISTORY
        }
    }

    /**
     * A rate and where it came from: observed from {@code events} of {@code outOf} past cases, or
     * the fallback when fewer than {@link ForecastModel#MINIMUM_CASES} cases were seen.
     */
    public record Rate(double value, boolean observed, int events, int outOf) {
    }

    /**
     * @param acceptance    share of screened referrals accepted
     * @param suitable      share of assessed patients found suitable for a group
     * @param assessmentDna share of booked assessments not attended
     * @param dropOut       share of enrolled patients who do not complete the programme
     * @param sessionDna    share of booked group session places not attended
     */
    public record Rates(Rate acceptance, Rate suitable, Rate assessmentDna, Rate dropOut, Rate sessionDna) {

        /** True when every rate was observed, so the page need not mention fallbacks. */
        public boolean allObserved() {
            return acceptance.observed() && suitable.observed() && assessmentDna.observed() && dropOut.observed()
                    && sessionDna.observed();
        }
    }
}
