package uk.nhs.best.bench;

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
import uk.nhs.best.referrals.TargetStatus;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingLists;

/**
 * Opening a waiting list at a site with 20,000 patients: the count and the first page of 50, as
 * the grid asks for them, through the secured service on a real MariaDB.
 */
class WaitingListBenchmark {

    private static final int PATIENTS_PER_SITE = 20_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    @Test
    void openingWaitingLists() {
        long loadStarted = System.nanoTime();
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(BestPortalApplication.class)
                .profiles("demo", "throwaway")
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "best.demo.patients-per-site", String.valueOf(PATIENTS_PER_SITE)))
                .run()) {
            System.out.printf("BENCH demo_start_with_%d_patients_per_site %.1f s%n", PATIENTS_PER_SITE,
                    (System.nanoTime() - loadStarted) / 1e9);
            Integer patients = portal.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from patient p join site s on s.id = p.home_site_id where s.code = 'bedford'",
                    Integer.class);
            System.out.printf("BENCH bedford_patients %d patients%n", patients);

            UserDetails clinician = portal.getBean(UserDetailsService.class).loadUserByUsername("amira.khan");
            portal.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(clinician, null, clinician.getAuthorities()));
            WaitingLists lists = portal.getBean(WaitingLists.class);
            for (WaitingList list : WaitingList.values()) {
                WaitingListQuery query = WaitingListQuery.of(list);
                String name = list.name().toLowerCase();
                measure("waiting_list_open_" + name, () -> open(lists, query));
                measure("waiting_list_search_name_" + name, () -> open(lists, query.withText("smith")));
                measure("waiting_list_breached_by_name_" + name, () -> open(lists, query
                        .withTarget(TargetStatus.BREACHED).withSort(WaitingListQuery.Sort.NAME_A_TO_Z)));
                measure("waiting_list_deep_page_" + name, () -> lists.page("bedford", query, 2_000, 50));
            }
        }
    }

    private static int open(WaitingLists lists, WaitingListQuery query) {
        return lists.count("bedford", query) + lists.page("bedford", query, 0, 50).size();
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
