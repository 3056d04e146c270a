package uk.nhs.best.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * A site's capacity page: what its forecast starts from and the baseline forecast. It keeps the
 * inputs, so what-ifs are worked out from them without reading the database again.
 *
 * @param inputs      the forecast's inputs, as loaded this week
 * @param clinicians  the clinicians who assess at the site, with their usual hours
 * @param programmes  the programmes already planned, including ones running now
 * @param demand      past referrals and their trend
 * @param supply      assessment hours and group places to come
 * @param baseline    the forecast if nothing changes, for {@link CapacityPlanning#WEEKS} weeks
 */
public record CapacityPlan(String siteCode, String siteName, ForecastInputs inputs,
                           List<AssessingClinician> clinicians, List<PlannedProgramme> programmes, Demand demand,
                           Supply supply, Forecast baseline) {

    public CapacityPlan {
        clinicians = List.copyOf(clinicians);
        programmes = List.copyOf(programmes);
    }

    /** A clinician and the hours a week they can assess at the site. */
    public record AssessingClinician(long id, String name, double weeklyHours) {
    }

    /**
     * @param firstWeek        the Monday of the oldest week in {@code referralsPerWeek}
     * @param referralsPerWeek referrals received each week, oldest first
     * @param trend            the fitted straight line at each of those weeks (the forecast carries it on)
     */
    public record Demand(LocalDate firstWeek, List<Integer> referralsPerWeek, List<Double> trend) {

        public Demand {
            referralsPerWeek = List.copyOf(referralsPerWeek);
            trend = List.copyOf(trend);
        }
    }

    /**
     * @param weeklyHours the clinicians' usual assessment hours a week together
     * @param comingWeeks the next few weeks' hours: booked already, and still free
     * @param places      places on the planned programmes that have not started yet
     * @param openPlaces  of those, places not yet taken
     */
    public record Supply(double weeklyHours, List<WeekHours> comingWeeks, int places, int openPlaces) {

        public Supply {
            comingWeeks = List.copyOf(comingWeeks);
        }
    }

    public record WeekHours(LocalDate week, double booked, double free) {
    }
}
