package uk.nhs.best.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ScreeningBacklog;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;
import uk.nhs.best.staff.StaffDirectory;

/** The figures on a site's dashboard, for that site's staff only. */
@Service
public class SiteDashboardService {

    private final SiteDirectory sites;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final ReferralQueries referrals;
    private final Enrolments enrolments;
    private final Clock clock;

    SiteDashboardService(SiteDirectory sites, PatientDirectory patients, StaffDirectory staff,
                         ReferralQueries referrals, Enrolments enrolments, Clock clock) {
        this.enrolments = enrolments;
        this.sites = sites;
        this.patients = patients;
        this.staff = staff;
        this.referrals = referrals;
        this.clock = clock;
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public SiteDashboard dashboardFor(String siteCode) {
        // Only staff of an existing site pass the check above, so a missing site is a stale membership.
        SiteSummary site = sites.findByCode(siteCode)
                .orElseThrow(() -> new AccessDeniedException("There is no site " + siteCode + "."));
        LocalDate today = ClinicTime.today(clock);
        ScreeningBacklog backlog = referrals.screeningBacklog(site.id());
        long longestWait = backlog.oldestReferralDate() == null ? 0
                : ChronoUnit.DAYS.between(backlog.oldestReferralDate(), today);
        return new SiteDashboard(site.code(), site.name(), today, patients.countAtSite(site.id()),
                staff.countClinicians(site.id()), site.activeRooms(), backlog.waiting(),
                backlog.oldestReferralDate(), longestWait, enrolments.tasks(siteCode));
    }
}
