package uk.nhs.best.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nhs.best.capacity.CapacityPlan.AssessingClinician;
import uk.nhs.best.capacity.CapacityPlan.Demand;
import uk.nhs.best.capacity.CapacityPlan.Supply;
import uk.nhs.best.capacity.CapacityPlan.WeekHours;
import uk.nhs.best.capacity.ForecastWeek.ExpectedWait;
import uk.nhs.best.capacity.internal.CapacityHistory;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.staff.WorkingHours;

/**
 * The capacity page's figures, for the site's managers only: the forecast from the site's own
 * history, and what-ifs worked out from the same inputs without reading the database again.
 */
@Service
public class CapacityPlanning {

    /** Weeks forecast on the page. */
    public static final int WEEKS = ForecastModel.DEFAULT_WEEKS;
    /** Weeks of bookings shown under supply. */
    private static final int COMING_WEEKS = 4;

    private final SiteDirectory sites;
    private final StaffDirectory staff;
    private final CapacityHistory history;
    private final Clock clock;

    CapacityPlanning(SiteDirectory sites, StaffDirectory staff, CapacityHistory history, Clock clock) {
        this.sites = sites;
        this.staff = staff;
        this.history = history;
        this.clock = clock;
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode) and hasRole('SITE_MANAGER')")
    public CapacityPlan plan(String siteCode) {
        SiteSummary site = sites.require(siteCode);
        List<AssessingClinician> clinicians = clinicians(site);
        CapacityHistory.Snapshot snapshot = history.load(site, clinicians.stream()
                .map(c -> new ForecastInputs.Clinician(c.id(), c.weeklyHours())).toList(), clock.instant());
        ForecastInputs inputs = snapshot.inputs();
        Forecast baseline = ForecastModel.forecast(inputs, Scenario.BASELINE, WEEKS);
        return new CapacityPlan(site.code(), site.name(), inputs, clinicians, snapshot.programmes(),
                demand(inputs, baseline), supply(inputs, clinicians, snapshot.programmes()), baseline);
    }

    /** The plan's baseline beside a what-if's forecast; only runs the model, on the plan's inputs. */
    @PreAuthorize("@siteAccess.isStaffAt(#plan.siteCode()) and hasRole('SITE_MANAGER')")
    public WhatIf whatIf(CapacityPlan plan, Scenario scenario) {
        return new WhatIf(plan.baseline(), scenario, ForecastModel.forecast(plan.inputs(), scenario, WEEKS));
    }

    /** The what-if week by week, baseline and scenario side by side, as CSV with a header row. */
    @PreAuthorize("@siteAccess.isStaffAt(#plan.siteCode()) and hasRole('SITE_MANAGER')")
    public String csv(CapacityPlan plan, WhatIf whatIf) {
        StringBuilder csv = new StringBuilder("Week beginning,Referrals (baseline),Referrals (what-if),"
                + "Assessment hours (baseline),Assessment hours (what-if),Assessment list (baseline),"
                + "Assessment list (what-if),Group places (baseline),Group places (what-if),"
                + "Group list (baseline),Group list (what-if),Assessment wait weeks (baseline),"
                + "Assessment wait weeks (what-if),Group wait weeks (baseline),Group wait weeks (what-if)\r\n");
        List<ForecastWeek> baseline = whatIf.baseline().weeks();
        List<ForecastWeek> scenario = whatIf.forecast().weeks();
        for (int w = 0; w < baseline.size(); w++) {
            ForecastWeek b = baseline.get(w);
            ForecastWeek s = scenario.get(w);
            csv.append(ClinicTime.formatDate(b.weekStart())).append(',')
                    .append(b.arrivals()).append(',').append(s.arrivals()).append(',')
                    .append(b.assessmentCapacity()).append(',').append(s.assessmentCapacity()).append(',')
                    .append(b.assessmentList()).append(',').append(s.assessmentList()).append(',')
                    .append(b.groupPlaces()).append(',').append(s.groupPlaces()).append(',')
                    .append(b.groupList()).append(',').append(s.groupList()).append(',')
                    .append(weeks(b.assessmentWait())).append(',').append(weeks(s.assessmentWait())).append(',')
                    .append(weeks(b.groupWait())).append(',').append(weeks(s.groupWait())).append("\r\n");
        }
        return csv.toString();
    }

    /** A wait past the forecast's end is written ">N", which spreadsheets keep as text. */
    private static String weeks(ExpectedWait wait) {
        return wait.beyondHorizon() ? ">" + wait.weeks() : Integer.toString(wait.weeks());
    }

    /**
     * Every active clinician with all their working hours at the site counted as assessment
     * hours: the portal does not record which hours are set aside for assessments, and group
     * sessions are planned separately as programmes.
     */
    private List<AssessingClinician> clinicians(SiteSummary site) {
        Map<Long, Double> hours = new HashMap<>();
        for (WorkingHours slot : staff.workingHours(site.id())) {
            hours.merge(slot.staffId(), slot.hours(), Double::sum);
        }
        List<AssessingClinician> clinicians = new ArrayList<>();
        for (ClinicianSummary clinician : staff.clinicians(site.id())) {
            clinicians.add(new AssessingClinician(clinician.id(), clinician.name(),
                    hours.getOrDefault(clinician.id(), 0.0)));
        }
        return clinicians;
    }

    private static Demand demand(ForecastInputs inputs, Forecast baseline) {
        List<Integer> past = inputs.referralsPerWeek();
        List<Double> trend = new ArrayList<>(past.size());
        Forecast.Referrals line = baseline.referrals();
        if (line.source() == Forecast.Referrals.Source.TREND) {
            // The line's value at forecast week 0 is firstWeek; past week i lies (size - i) weeks before.
            for (int i = 0; i < past.size(); i++) {
                trend.add(Math.max(0, line.firstWeek() - (past.size() - i) * line.changePerWeek()));
            }
        }
        return new Demand(inputs.firstWeek().minusWeeks(past.size()), past, trend);
    }

    private static Supply supply(ForecastInputs inputs, List<AssessingClinician> clinicians,
                                 List<PlannedProgramme> programmes) {
        double weeklyHours = clinicians.stream().mapToDouble(AssessingClinician::weeklyHours).sum();
        List<WeekHours> coming = new ArrayList<>();
        for (int w = 0; w < COMING_WEEKS; w++) {
            LocalDate week = inputs.firstWeek().plusWeeks(w);
            double booked = inputs.bookedHours().stream().filter(h -> h.week().equals(week))
                    .mapToDouble(ForecastInputs.BookedHours::hours).sum();
            coming.add(new WeekHours(week, booked, Math.max(0, weeklyHours - booked)));
        }
        List<PlannedProgramme> toCome = programmes.stream()
                .filter(p -> !p.start().isBefore(inputs.firstWeek())).toList();
        int places = toCome.stream().mapToInt(PlannedProgramme::places).sum();
        int open = toCome.stream().mapToInt(p -> Math.max(0, p.places() - p.enrolled())).sum();
        return new Supply(weeklyHours, coming, places, open);
    }
}
