package uk.nhs.best.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.best.BestPortalApplication;
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
    private static final int RUNS = 100;

    @Test
    void aSitesDashboardWithTwoYearsOfHistory() {
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(BestPortalApplication.class)
                .profiles("demo", "throwaway")
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "best.demo.patients-per-site", String.valueOf(PATIENTS_PER_SITE)))
                .run()) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            ZonedDateTime thisMonday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY)).atStartOfDay(ClinicTime.ZONE);
            // Two years of weekdays, 8 hours a day: 24 appointments an hour make 100,000.
            BenchHistory.assessments(jdbc, "bedford", thisMonday, APPOINTMENTS, 24);
            System.out.printf("BENCH dashboard_site_appointments %d appointments%n", jdbc.queryForObject(
                    "select count(*) from appointment a join site s on s.id = a.site_id where s.code = 'bedford'",
                    Integer.class));

            UserDetails manager = portal.getBean(UserDetailsService.class).loadUserByUsername("sam.okafor");
            portal.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            SiteDashboardService dashboards = portal.getBean(SiteDashboardService.class);
            measure("dashboard_site", () -> dashboards.dashboardFor("bedford"));
            AllSites allSites = portal.getBean(AllSites.class);
            measure("dashboard_all_sites", allSites::compare);
        }
    }

    private static void measure(String name, Runnable work) {
        double[] millis = new double[RUNS];
        for (int i = -20; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %s_p50 %.2f ms%n", name, millis[RUNS / 2]);
        System.out.printf("BENCH %s_p95 %.2f ms%n", name, millis[(int) Math.ceil(RUNS * 0.95) - 1]);
    }
}
