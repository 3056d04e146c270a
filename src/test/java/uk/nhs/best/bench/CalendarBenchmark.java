package uk.nhs.best.bench;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(BestPortalApplication.class)
                .profiles("demo", "throwaway")
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "best.demo.patients-per-site", "2000"))
                .run()) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            ZonedDateTime thisMonday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY)).atStartOfDay(ClinicTime.ZONE);
            fill(jdbc, thisMonday);
            System.out.printf("BENCH calendar_fill_%d_appointments %.1f s%n", APPOINTMENTS,
                    (System.nanoTime() - started) / 1e9);

            UserDetails clinician = portal.getBean(UserDetailsService.class).loadUserByUsername("amira.khan");
            portal.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(clinician, null, clinician.getAuthorities()));
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

    /** 300,000 assessments at Bedford, weekdays 09:00-17:00 over the past years, one an hour per room. */
    private static void fill(JdbcTemplate jdbc, ZonedDateTime thisMonday) {
        long site = jdbc.queryForObject("select id from site where code = 'bedford'", Long.class);
        List<Long> rooms = jdbc.queryForList("select id from room where site_id = ?", Long.class, site);
        List<Long> clinicians = jdbc.queryForList("select staff_id from staff_site_membership where site_id = ? "
                + "and site_role = 'CLINICIAN'", Long.class, site);
        List<Long> patients = jdbc.queryForList("select id from patient where home_site_id = ?", Long.class, site);
        long referral = jdbc.queryForObject("select min(id) from referral where site_id = ?", Long.class, site);
        long firstId = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from appointment", Long.class);
        List<Object[]> appointments = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        ZonedDateTime slot = thisMonday.plusHours(9);
        long id = firstId;
        while (appointments.size() < APPOINTMENTS) {
            slot = slot.minusHours(1);
            if (slot.getHour() < 9) {
                slot = slot.minusDays(1).withHour(16);
                while (slot.getDayOfWeek().getValue() > 5) {
                    slot = slot.minusDays(1);
                }
            }
            for (int room = 0; room < rooms.size() && appointments.size() < APPOINTMENTS; room++, id++) {
                Instant start = slot.toInstant();
                appointments.add(new Object[] {id, site, rooms.get(room), Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(3600)), Timestamp.from(start)});
                links.add(new Object[] {id, clinicians.get(room % clinicians.size()),
                    patients.get((int) (id % patients.size())), referral});
            }
        }
        jdbc.batchUpdate("insert into appointment (id, site_id, kind, room_id, starts_at, ends_at, status, "
                + "created_at, created_by) values (?, ?, 'ASSESSMENT', ?, ?, ?, 'ATTENDED', ?, 'bench')", appointments);
        jdbc.batchUpdate("insert into appointment_clinician (appointment_id, staff_id) values (?, ?)",
                links.stream().map(l -> new Object[] {l[0], l[1]}).toList());
        jdbc.batchUpdate("insert into appointment_patient (appointment_id, patient_id) values (?, ?)",
                links.stream().map(l -> new Object[] {l[0], l[2]}).toList());
        jdbc.batchUpdate("insert into assessment (appointment_id, referral_id, outcome) values (?, ?, 'SUITABLE')",
                links.stream().map(l -> new Object[] {l[0], l[3]}).toList());
    }
}
