package uk.nhs.best.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.scheduling.AssessmentBookings;

/**
 * The server time to answer a calendar's week at one site with 300,000 appointments in the
 * database (about six years of a busy site), through the secured service on a real MariaDB.
 */
class CalendarBenchmark {

    private static final int APPOINTMENTS = 300_000;
    private static final int RUNS = 100;

    @Test
    void aWeekOfASiteWithYearsOfHistory() {
        try (ConfigurableApplicationContext portal = BenchPortal.start(2000)) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            ZonedDateTime thisMonday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY)).atStartOfDay(ClinicTime.ZONE);
            // One an hour per room on weekdays 09:00-17:00 going back from this week: about six years.
            BenchHistory.assessments(jdbc, "bedford", thisMonday, APPOINTMENTS,
                    jdbc.queryForList("select r.id from room r join site s on s.id = r.site_id where s.code = 'bedford'",
                            Long.class).size());
            System.out.printf("BENCH calendar_fill_%d_appointments %.1f s%n", APPOINTMENTS,
                    (System.nanoTime() - started) / 1e9);

            BenchPortal.signIn(portal, "amira.khan");
            AssessmentBookings bookings = portal.getBean(AssessmentBookings.class);
            int shown = 0;
            double[] millis = new double[RUNS];
            for (int i = -20; i < RUNS; i++) {
                // Weeks spread over the history, as people page back and forth.
                ZonedDateTime from = thisMonday.minusWeeks(Math.floorMod(i * 37, 300));
                long t = System.nanoTime();
                shown = bookings.between("bedford", from, from.plusWeeks(1)).size();
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(millis);
            System.out.printf("BENCH calendar_week_appointments %d appointments%n", shown);
            System.out.printf("BENCH calendar_week_p50 %.2f ms%n", millis[RUNS / 2]);
            System.out.printf("BENCH calendar_week_p95 %.2f ms%n", millis[(int) Math.ceil(RUNS * 0.95) - 1]);
        }
    }
}
