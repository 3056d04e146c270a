package uk.nhs.best.scheduling;

import java.util.List;
import uk.nhs.best.referrals.WaitingPatient;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.staff.ClinicianSummary;

/**
 * What can be booked at a time: who is waiting (longest first), who can see them, and where.
 *
 * @param clinicians   free clinicians whose working hours cover the time
 * @param outsideHours free clinicians who don't work then: only a site manager may book them, with a reason
 */
public record BookingOptions(List<WaitingPatient> patients, List<ClinicianSummary> clinicians,
                             List<ClinicianSummary> outsideHours, List<RoomSummary> rooms) {
}
