package uk.nhs.best.bench;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
        try (ConfigurableApplicationContext portal = BenchPortal.start(PATIENTS_PER_SITE)) {
            Integer referrals = portal.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from referral r join site s on s.id = r.site_id where s.code = 'bedford'",
                    Integer.class);
            System.out.printf("BENCH capacity_bedford_referrals %d referrals%n", referrals);

            BenchPortal.signIn(portal, "manager.bedford");
            CapacityPlanning planning = portal.getBean(CapacityPlanning.class);
            BenchPortal.measure("capacity_plan", WARM_UP, RUNS, () -> planning.plan("bedford"));
            CapacityPlan plan = planning.plan("bedford");
            Scenario scenario = Scenario.BASELINE.withReferralsPerWeek(40)
                    .withRecurringProgramme(DayOfWeek.TUESDAY, plan.inputs().firstWeek())
                    .withGroupSize(plan.inputs().groupSize().max());
            BenchPortal.measure("capacity_whatif", WARM_UP, RUNS, () -> planning.whatIf(plan, scenario));
        }
    }

}
