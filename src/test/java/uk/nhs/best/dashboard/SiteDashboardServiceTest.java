package uk.nhs.best.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
        assertThat(bedford.referralsAwaitingScreening()).isEqualTo(count("select count(*) from referral r join site s "
                + "on s.id = r.site_id where s.code = 'bedford' and r.stage = 'AWAITING_SCREENING'")).isPositive();
        LocalDate oldest = jdbc.queryForObject("select min(r.referral_date) from referral r join site s "
                + "on s.id = r.site_id where s.code = 'bedford' and r.stage = 'AWAITING_SCREENING'", LocalDate.class);
        assertThat(bedford.oldestReferralDate()).isEqualTo(oldest);
        assertThat(bedford.longestWaitDays()).isEqualTo(ChronoUnit.DAYS.between(oldest, bedford.today()));
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

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
