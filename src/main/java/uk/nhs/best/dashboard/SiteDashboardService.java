package uk.nhs.best.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.ProgrammeStatus;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.GroupSessionSlots;
import uk.nhs.best.scheduling.ScheduledAssessment;
import uk.nhs.best.scheduling.ScheduledGroupSession;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;
import uk.nhs.best.staff.StaffDirectory;

/**
 * The figures on a site's dashboard, for that site's staff only. Each figure is one query (or a
 * few) over the whole site, never one per patient, so the page stays fast with years of history.
 */
@Service
public class SiteDashboardService {

    private static final int STARTING_SOON_DAYS = 14;

    private final SiteDirectory sites;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final ReferralQueries referrals;
    private final AssessmentBookings assessments;
    private final GroupSessionSlots groupSessions;
    private final GroupProgrammes programmes;
    private final Enrolments enrolments;
    private final Clock clock;

    SiteDashboardService(SiteDirectory sites, PatientDirectory patients, StaffDirectory staff,
                         ReferralQueries referrals, AssessmentBookings assessments, GroupSessionSlots groupSessions,
                         GroupProgrammes programmes, Enrolments enrolments, Clock clock) {
        this.sites = sites;
        this.patients = patients;
        this.staff = staff;
        this.referrals = referrals;
        this.assessments = assessments;
        this.groupSessions = groupSessions;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public SiteDashboard dashboardFor(String siteCode) {
        SiteSummary site = sites.require(siteCode);
        LocalDate today = ClinicTime.today(clock);
        ZonedDateTime dayStart = today.atStartOfDay(ClinicTime.ZONE);
        ZonedDateTime dayEnd = today.plusDays(1).atStartOfDay(ClinicTime.ZONE);
        ZonedDateTime weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ClinicTime.ZONE);
        ZonedDateTime weekEnd = weekStart.plusWeeks(1);
        List<ScheduledAssessment> week = assessments.between(siteCode, weekStart, weekEnd);
        List<ScheduledGroupSession> weeksSessions = groupSessions.between(siteCode, weekStart, weekEnd);
        Instant now = clock.instant();
        Instant soon = dayStart.plusDays(STARTING_SOON_DAYS + 1L).toInstant();
        List<ProgrammeSummary> active = programmes.programmes(siteCode).stream()
                .filter(p -> p.status() == ProgrammeStatus.ACTIVE && p.lastSession() != null
                        && p.lastSession().toInstant().isAfter(now)).toList();
        return new SiteDashboard(site.code(), site.name(), today, patients.countAtSite(site.id()),
                staff.countClinicians(site.id()), site.activeRooms(), site.assessmentTargetWeeks(),
                site.groupTargetWeeks(), referrals.waitingListFigures(site.id(), today,
                        site.assessmentTargetWeeks(), site.groupTargetWeeks()),
                week.stream().filter(a -> !a.start().isBefore(dayStart) && a.start().isBefore(dayEnd)).toList(),
                week.size(),
                weeksSessions.stream().filter(s -> !s.start().isBefore(dayStart) && s.start().isBefore(dayEnd))
                        .toList(),
                weeksSessions.size(),
                active.stream().filter(p -> p.placesFree() > 0).sorted(Comparator.comparing(
                        ProgrammeSummary::firstSession)).toList(),
                active.stream().filter(p -> p.firstSession().toInstant().isAfter(now)
                        && p.firstSession().toInstant().isBefore(soon)).toList(),
                enrolments.tasks(siteCode), enrolments.thisQuarter(siteCode));
    }
}
