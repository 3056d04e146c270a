package uk.nhs.best.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import uk.nhs.best.groups.GroupTasks;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;

@PortalTest
class SiteDashboardServiceTest {

    @Autowired
    SiteDashboardService dashboards;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aBedfordClinicianSeesBedfordsFiguresFromTheDatabase() {
        signIn.as("amira.khan");
        SiteDashboard bedford = dashboards.dashboardFor("bedford");

        assertThat(bedford.siteName()).isEqualTo("Bedford");
        assertThat(bedford.patients()).isEqualTo(count("select count(*) from patient p join site s "
                + "on s.id = p.home_site_id where s.code = 'bedford'")).isGreaterThan(40);
        assertThat(bedford.clinicians()).as("Amira, Tom, Grace and Sam").isEqualTo(4);
        assertThat(bedford.rooms()).isEqualTo(4);
        WaitingListFigures screening = bedford.list(WaitingList.AWAITING_SCREENING);
        assertThat(screening.waiting()).isEqualTo(count(bedfordReferrals("r.stage in ('AWAITING_SCREENING', 'ON_HOLD')")))
                .isPositive();
        assertThat(screening.oldestReferralDate()).isEqualTo(jdbc.queryForObject("select min(r.referral_date) "
                + "from referral r join site s on s.id = r.site_id where s.code = 'bedford' "
                + "and r.stage in ('AWAITING_SCREENING', 'ON_HOLD')", LocalDate.class));
    }

    @Test
    void waitingListsCountBreachesAndNearBreachesAgainstTheSitesTargets() {
        signIn.as("amira.khan");
        SiteDashboard bedford = dashboards.dashboardFor("bedford");
        LocalDate today = bedford.today();
        // Bedford's targets: assessment within 6 weeks of referral, a group within 18.
        WaitingListFigures assessment = bedford.list(WaitingList.AWAITING_ASSESSMENT);
        String awaitingAssessment = "r.stage in ('AWAITING_ASSESSMENT', 'ASSESSMENT_BOOKED')";
        assertThat(assessment.waiting()).isEqualTo(count(bedfordReferrals(awaitingAssessment)));
        assertThat(assessment.breached()).isEqualTo(count(bedfordReferrals(awaitingAssessment
                + " and r.referral_date < '" + today.minusWeeks(6) + "'")));
        assertThat(assessment.dueSoon()).isEqualTo(count(bedfordReferrals(awaitingAssessment
                + " and r.referral_date >= '" + today.minusWeeks(6) + "' and r.referral_date < '"
                + today.plusDays(14).minusWeeks(6) + "'")));
        WaitingListFigures group = bedford.list(WaitingList.AWAITING_GROUP);
        assertThat(group.waiting()).isEqualTo(count(bedfordReferrals("r.stage = 'AWAITING_GROUP'")));
        assertThat(group.breached()).isEqualTo(count(bedfordReferrals("r.stage = 'AWAITING_GROUP' and r.referral_date < '"
                + today.minusWeeks(18) + "'"))).isPositive();
    }

    @Test
    void todayThisWeekProgrammesTasksAndRatesComeFromTheSitesBookings() {
        signIn.as("amira.khan");
        SiteDashboard bedford = dashboards.dashboardFor("bedford");
        LocalDate monday = bedford.today().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        String week = " and a.starts_at >= '" + utc(monday) + "' and a.starts_at < '" + utc(monday.plusWeeks(1)) + "'";
        assertThat(bedford.assessmentsThisWeek()).isEqualTo(count("select count(*) from appointment a join site s "
                + "on s.id = a.site_id where s.code = 'bedford' and a.kind = 'ASSESSMENT' and a.status in ('BOOKED', "
                + "'ATTENDED', 'DID_NOT_ATTEND')" + week));
        assertThat(bedford.sessionsThisWeek()).isEqualTo(count("select count(*) from appointment a join site s "
                + "on s.id = a.site_id where s.code = 'bedford' and a.kind = 'GROUP_SESSION' and a.status in "
                + "('BOOKED', 'ATTENDED', 'DID_NOT_ATTEND')" + week));
        // The demo's coming programmes: one full with a freed place on offer, one short of patients within a week.
        assertThat(bedford.groupTasks().offers()).isNotEmpty();
        assertThat(bedford.groupTasks().belowMinimum()).isNotEmpty();
        assertThat(bedford.programmesWithPlaces()).allMatch(p -> p.placesFree() > 0);
        assertThat(bedford.startingSoon()).isNotEmpty();
        assertThat(bedford.groupTasks().followUps()).extracting(GroupTasks.FollowUp::reason)
                .anyMatch(reason -> reason.startsWith("missed sessions"));
    }

    @Test
    void aClinicianOfBothSitesSeesEachSitesOwnFigures() {
        signIn.as("sam.okafor");
        SiteDashboard bedford = dashboards.dashboardFor("bedford");
        SiteDashboard greenwich = dashboards.dashboardFor("greenwich");
        assertThat(greenwich.siteName()).isEqualTo("Greenwich");
        assertThat(greenwich.rooms()).isEqualTo(5);
        assertThat(greenwich.clinicians()).as("Priya, Daniel, Chloe and Sam").isEqualTo(4);
        assertThat(greenwich.patients()).isNotEqualTo(0);
        assertThat(bedford.rooms()).isEqualTo(4);
    }

    @Test
    void aGreenwichClinicianIsRefusedBedfordsDashboard() {
        signIn.as("priya.patel");
        assertThatThrownBy(() -> dashboards.dashboardFor("bedford")).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.dashboardFor("greenwich").siteName()).isEqualTo("Greenwich");
    }

    @Test
    void aBedfordManagerIsRefusedGreenwichsDashboard() {
        signIn.as("manager.bedford");
        assertThatThrownBy(() -> dashboards.dashboardFor("greenwich")).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.dashboardFor("bedford").siteName()).isEqualTo("Bedford");
    }

    @Test
    void patientsAdminsAndUnknownSitesAreRefused() {
        signIn.as("olivia.bennett");
        assertThatThrownBy(() -> dashboards.dashboardFor("bedford")).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        assertThatThrownBy(() -> dashboards.dashboardFor("bedford")).isInstanceOf(AccessDeniedException.class);
        signIn.as("amira.khan");
        assertThatThrownBy(() -> dashboards.dashboardFor("luton")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> dashboards.dashboardFor("bedford")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theQuartersRatesCountTheCurrentRegisterMarksAndClosedEnrolments() {
        signIn.as("amira.khan");
        SiteDashboard bedford = dashboards.dashboardFor("bedford");
        LocalDate today = bedford.today();
        LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        String from = utc(quarterStart);
        String to = utc(quarterStart.plusMonths(3));
        String currentMarks = "select count(*) from attendance m join appointment a on a.id = m.appointment_id "
                + "join site s on s.id = a.site_id where s.code = 'bedford' and a.starts_at >= '" + from
                + "' and a.starts_at < '" + to + "' and not exists (select 1 from attendance n where "
                + "n.appointment_id = m.appointment_id and n.enrolment_id = m.enrolment_id and n.id > m.id) and m.mark = ";
        assertThat(bedford.quarter().attended()).isEqualTo(count(currentMarks + "'ATTENDED'")).isPositive();
        assertThat(bedford.quarter().didNotAttend()).isEqualTo(count(currentMarks + "'DID_NOT_ATTEND'"));
        String closed = "select count(*) from enrolment e join group_programme g on g.id = e.programme_id join site s "
                + "on s.id = g.site_id where s.code = 'bedford' and e.changed_at >= '" + from + "' and e.changed_at < '"
                + to + "' and e.status = ";
        assertThat(bedford.quarter().completed()).isEqualTo(count(closed + "'COMPLETED'"));
        assertThat(bedford.quarter().notCompleted()).isEqualTo(count(closed + "'NOT_COMPLETED'"));
        assertThat(bedford.programmesWithPlaces()).extracting(p -> p.id()).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("select g.id from group_programme g join site s on s.id = g.site_id where "
                        + "s.code = 'bedford' and g.status = 'ACTIVE' and g.max_size > (select count(*) from enrolment e "
                        + "where e.programme_id = g.id and e.status in ('ENROLLED', 'OFFERED')) and (select max(a.ends_at) "
                        + "from group_session gs join appointment a on a.id = gs.appointment_id where gs.programme_id = g.id)"
                        + " > utc_timestamp()", Long.class));
    }

    private static String utc(LocalDate londonDay) {
        return londonDay.atStartOfDay(uk.nhs.best.common.ClinicTime.ZONE).toInstant().toString()
                .replace("T", " ").replace("Z", "");
    }

    private static String bedfordReferrals(String where) {
        return "select count(*) from referral r join site s on s.id = r.site_id where s.code = 'bedford' and " + where;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
