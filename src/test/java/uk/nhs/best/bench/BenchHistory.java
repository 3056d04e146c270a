package uk.nhs.best.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Years of past appointments for benchmarks, written in batches straight into the tables. */
final class BenchHistory {

    private BenchHistory() {
    }

    /**
     * {@code count} attended assessments at the site, {@code perHour} an hour on weekdays
     * 09:00-17:00, going back from {@code thisMonday}, shared out over the site's rooms,
     * clinicians and patients.
     */
    static void assessments(JdbcTemplate jdbc, String siteCode, ZonedDateTime thisMonday, int count, int perHour) {
        long site = jdbc.queryForObject("select id from site where code = ?", Long.class, siteCode);
        List<Long> rooms = jdbc.queryForList("select id from room where site_id = ?", Long.class, site);
        List<Long> clinicians = jdbc.queryForList("select staff_id from staff_site_membership where site_id = ? "
                + "and site_role = 'CLINICIAN'", Long.class, site);
        List<Long> patients = jdbc.queryForList("select id from patient where home_site_id = ?", Long.class, site);
        long referral = jdbc.queryForObject("select min(id) from referral where site_id = ?", Long.class, site);
        long id = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from appointment", Long.class);
        List<Object[]> appointments = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        ZonedDateTime slot = thisMonday.plusHours(9);
        while (appointments.size() < count) {
            slot = slot.minusHours(1);
            if (slot.getHour() < 9) {
                slot = slot.minusDays(1).withHour(16);
                while (slot.getDayOfWeek().getValue() > 5) {
                    slot = slot.minusDays(1);
                }
            }
            for (int n = 0; n < perHour && appointments.size() < count; n++, id++) {
                Instant start = slot.toInstant();
                appointments.add(new Object[] {id, site, rooms.get(n % rooms.size()), Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(3600)), Timestamp.from(start)});
                links.add(new Object[] {id, clinicians.get(n % clinicians.size()),
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
