package uk.nhs.best.bench;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
        try (ConfigurableApplicationContext portal = BenchPortal.start(PATIENTS_PER_SITE)) {
            System.out.printf("BENCH demo_start_with_%d_patients_per_site %.1f s%n", PATIENTS_PER_SITE,
                    (System.nanoTime() - loadStarted) / 1e9);
            Integer patients = portal.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from patient p join site s on s.id = p.home_site_id where s.code = 'bedford'",
                    Integer.class);
            System.out.printf("BENCH bedford_patients %d patients%n", patients);

            BenchPortal.signIn(portal, "amira.khan");
            WaitingLists lists = portal.getBean(WaitingLists.class);
            for (WaitingList list : WaitingList.values()) {
                WaitingListQuery query = WaitingListQuery.of(list);
                String name = list.name().toLowerCase();
                BenchPortal.measure("waiting_list_open_" + name, WARM_UP, RUNS, () -> open(lists, query));
                BenchPortal.measure("waiting_list_search_name_" + name, WARM_UP, RUNS,
                        () -> open(lists, query.withText("smith")));
                BenchPortal.measure("waiting_list_breached_by_name_" + name, WARM_UP, RUNS, () -> open(lists, query
                        .withTarget(TargetStatus.BREACHED).withSort(WaitingListQuery.Sort.NAME_A_TO_Z)));
                BenchPortal.measure("waiting_list_deep_page_" + name, WARM_UP, RUNS,
                        () -> lists.page("bedford", query, 2_000, 50));
            }
        }
    }

    private static int open(WaitingLists lists, WaitingListQuery query) {
        return lists.count("bedford", query) + lists.page("bedford", query, 0, 50).size();
    }

}
