package uk.nhs.best.capacity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import uk.nhs.best.capacity.ForecastInputs.Count;
import uk.nhs.best.capacity.ForecastInputs.GroupSize;
import uk.nhs.best.capacity.ForecastInputs.History;
import uk.nhs.best.capacity.ForecastInputs.Targets;

/** Inputs for hand-worked forecasts: every patient accepted, attending, suitable and completing. */
final class SiteInputs {

    /** A Monday. */
    static final LocalDate FIRST_WEEK = LocalDate.of(2027, 1, 4);
    static final Targets TARGETS = new Targets(6, 18);
    static final GroupSize GROUP_SIZE = new GroupSize(6, 8);
    /** 20 of 20 accepted, suitable; none of 20 missing an assessment, dropping out or missing a session. */
    static final History EVERYONE_THROUGH = new History(new Count(20, 20), new Count(20, 20), new Count(0, 20),
            new Count(0, 20), new Count(0, 20));

    private SiteInputs() {
    }

    static ForecastInputs steady(int referralsPerWeek, List<ForecastInputs.Clinician> clinicians,
                                 List<ForecastInputs.Programme> programmes) {
        return new ForecastInputs(FIRST_WEEK, Collections.nCopies(26, referralsPerWeek), EVERYONE_THROUGH,
                List.of(), List.of(), List.of(), clinicians, List.of(), programmes, TARGETS, GROUP_SIZE);
    }

    static ForecastInputs.Clinician clinician(long id, double weeklyHours) {
        return new ForecastInputs.Clinician(id, weeklyHours);
    }

    static ForecastInputs.Programme programme(long id, int week, int places, int enrolled) {
        // Wednesdays, to show that any day of the week counts as that week.
        return new ForecastInputs.Programme(id, FIRST_WEEK.plusWeeks(week).plusDays(2), places, enrolled);
    }

    static LocalDate week(int week) {
        return FIRST_WEEK.plusWeeks(week);
    }
}
