package uk.nhs.best.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.Enrolments;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListFigures;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/**
 * Sites side by side on waits, assessment time used, group places filled, DNA and completion: admins see every site,
 * staff the sites they work at. Only counts and rates, never a patient.
 */
@Service
public class AllSites {

    private final SiteDirectory sites;
    private final ReferralQueries referrals;
    private final Enrolments enrolments;
    private final AssessmentBookings assessments;
    private final CurrentUser currentUser;
    private final Clock clock;

    AllSites(SiteDirectory sites, ReferralQueries referrals, Enrolments enrolments, AssessmentBookings assessments,
             CurrentUser currentUser, Clock clock) {
        this.sites = sites;
        this.referrals = referrals;
        this.enrolments = enrolments;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SITE_MANAGER', 'CLINICIAN')")
    @Transactional(readOnly = true)
    public List<SiteComparison> compare() {
        PortalUser user = currentUser.require();
        List<SiteSummary> visible = user.hasRole(Role.ADMIN) ? sites.all()
                : sites.findByCodes(user.siteCodes()).stream().filter(s -> user.worksAt(s.code())).toList();
        LocalDate today = ClinicTime.today(clock);
        ZonedDateTime quarter = Enrolments.quarterStart(clock);
        ZonedDateTime monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ClinicTime.ZONE);
        return visible.stream().map(site -> {
            List<WaitingListFigures> lists = referrals.waitingListFigures(site.id(), today,
                    site.assessmentTargetWeeks(), site.groupTargetWeeks());
            return new SiteComparison(site.code(), site.name(), site.assessmentTargetWeeks(), site.groupTargetWeeks(),
                    of(lists, WaitingList.AWAITING_ASSESSMENT), of(lists, WaitingList.AWAITING_GROUP),
                    assessments.assessmentTime(site.id(), monday, monday.plusWeeks(1)), enrolments.placesFilled(site.id()), enrolments.rates(site.id(), quarter.toInstant(),
                            quarter.plusMonths(3).toInstant()));
        }).toList();
    }

    private static WaitingListFigures of(List<WaitingListFigures> lists, WaitingList list) {
        return lists.stream().filter(f -> f.list() == list).findFirst().orElseThrow();
    }
}
