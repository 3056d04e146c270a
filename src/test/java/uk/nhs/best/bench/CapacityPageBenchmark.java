package uk.nhs.best.bench;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.best.BestPortalApplication;
import uk.nhs.best.capacity.CapacityPlan;
import uk.nhs.best.capacity.CapacityPlanning;
import uk.nhs.best.capacity.Scenario;

/**
 * Opening the capacity page of a site with 20,000 patients (the history queries and the baseline
 * forecast), and a what-if on the loaded plan, through the secured service on a real MariaDB.
 */
class CapacityPageBenchmark {

    private static final int PATIENTS_PER_SITE = 20_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    @Test
    void openingTheCapacityPage() {
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(BestPortalApplication.class)
                .profiles("demo", "throwaway")
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "best.demo.patients-per-site", String.valueOf(PATIENTS_PER_SITE)))
                .run()) {
            Integer referrals = portal.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from referral r join site s on s.id = r.site_id where s.code = 'bedford'",
                    Integer.class);
            System.out.printf("BENCH capacity_bedford_referrals %d referrals%n", referrals);

            UserDetails manager = portal.getBean(UserDetailsService.class).loadUserByUsername("manager.bedford");
            portal.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            CapacityPlanning planning = portal.getBean(CapacityPlanning.class);
            measure("capacity_plan", () -> planning.plan("bedford"));
            CapacityPlan plan = planning.plan("bedford");
            Scenario scenario = Scenario.BASELINE.withReferralsPerWeek(40)
                    .withRecurringProgramme(DayOfWeek.TUESDAY, plan.inputs().firstWeek())
                    .withGroupSize(plan.inputs().groupSize().max());
            measure("capacity_whatif", () -> planning.whatIf(plan, scenario));
        }
    }

    private static void measure(String name, Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %s_p50 %.2f ms%n", name, millis[RUNS / 2]);
        System.out.printf("BENCH %s_p95 %.2f ms%n", name, millis[(int) Math.ceil(RUNS * 0.95) - 1]);
    }
}
