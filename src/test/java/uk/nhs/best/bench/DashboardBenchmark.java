package uk.nhs.best.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.dashboard.AllSites;
import uk.nhs.best.dashboard.SiteDashboardService;

/**
 * The server time to gather a site's dashboard (every figure on it, through the secured service)
 * for a site with 20,000 patients and 100,000 appointments over two years, on a real MariaDB;
 * and the all-sites table over both sites.
 */
class DashboardBenchmark {

    private static final int PATIENTS_PER_SITE = 20_000;
    private static final int APPOINTMENTS = 100_000;
    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    @Test
    void aSitesDashboardWithTwoYearsOfHistory() {
        try (ConfigurableApplicationContext portal = BenchPortal.start(PATIENTS_PER_SITE)) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            ZonedDateTime thisMonday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY)).atStartOfDay(ClinicTime.ZONE);
            // Two years of weekdays, 8 hours a day: 24 appointments an hour make 100,000.
            BenchHistory.assessments(jdbc, "bedford", thisMonday, APPOINTMENTS, 24);
            System.out.printf("BENCH dashboard_site_appointments %d appointments%n", jdbc.queryForObject(
                    "select count(*) from appointment a join site s on s.id = a.site_id where s.code = 'bedford'",
                    Integer.class));

            BenchPortal.signIn(portal, "sam.okafor");
            SiteDashboardService dashboards = portal.getBean(SiteDashboardService.class);
            BenchPortal.measure("dashboard_site", WARM_UP, RUNS, () -> dashboards.dashboardFor("bedford"));
            AllSites allSites = portal.getBean(AllSites.class);
            BenchPortal.measure("dashboard_all_sites", WARM_UP, RUNS, allSites::compare);
        }
    }

}
