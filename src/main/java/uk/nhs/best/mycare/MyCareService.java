package uk.nhs.best.mycare;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.patients.PatientSummary;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/** A patient's own overview; it only ever reads the signed-in patient's record. */
@Service
public class MyCareService {

    private final CurrentUser currentUser;
    private final PatientDirectory patients;
    private final SiteDirectory sites;
    private final AssessmentBookings bookings;
    private final Enrolments enrolments;

    MyCareService(CurrentUser currentUser, PatientDirectory patients, SiteDirectory sites,
                  AssessmentBookings bookings, Enrolments enrolments) {
        this.currentUser = currentUser;
        this.patients = patients;
        this.sites = sites;
        this.bookings = bookings;
        this.enrolments = enrolments;
    }

    @PreAuthorize("hasRole('PATIENT')")
    public MyCare myCare() {
        PortalUser user = currentUser.require();
        PatientSummary patient = (user.patientId() == null ? null : patients.find(user.patientId()).orElse(null));
        if (patient == null) {
            throw new AccessDeniedException("Your login is not linked to a patient record.");
        }
        String siteName = sites.findById(patient.homeSiteId()).map(SiteSummary::name).orElse("your site");
        return new MyCare(patient.fullName(), siteName, bookings.myUpcoming(), enrolments.myProgramme());
    }
}
