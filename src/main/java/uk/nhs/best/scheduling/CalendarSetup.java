package uk.nhs.best.scheduling;

import java.util.List;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.WorkingHours;

/** What a site calendar needs besides its appointments. */
public record CalendarSetup(String siteName, List<ClinicianSummary> clinicians, List<RoomSummary> rooms,
                            List<WorkingHours> workingHours) {
}
