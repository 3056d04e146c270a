package uk.nhs.best.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.ProgrammeSeries;

/**
 * Group programmes for the demo, run back to back on a few weekly slots per site: past ones with
 * their registers and outcomes, one running now, and coming ones with places taken, a waiting
 * list, a freed place on offer and one short of patients. Written in SQL as history, because the
 * portal itself books nothing in the past.
 */
final class DemoGroups {

    /**
     * A weekly slot where one programme follows another, the newest starting {@code newestInDays}
     * from today: in the past it is running now; within a week it is short of patients; later it
     * is full, with a waiting list and a freed place on offer.
     */
    record Slot(DayOfWeek day, LocalTime time, String room, List<String> facilitators, int newestInDays) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Random random;

    DemoGroups(JdbcTemplate jdbc, Clock clock, Random random) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The slots' programmes over the last {@code historyWeeks}, filled from the patients awaiting a
     * group, longest waiting first, but with {@code firstIntoFullProgramme} (demo logins) placed in
     * a coming programme, so their "My care" shows its dates.
     */
    void load(long siteId, List<Slot> slots, int historyWeeks, List<Long> firstIntoFullProgramme) {
        LocalDate today = ClinicTime.today(clock);
        List<Long> waiting = new ArrayList<>(jdbc.queryForList("select id from referral where site_id = ? and stage = "
                + "'AWAITING_GROUP' order by referral_date, id", Long.class, siteId));
        for (Slot slot : slots) {
            long roomId = jdbc.queryForObject("select id from room where site_id = ? and name = ?", Long.class,
                    siteId, slot.room());
            List<Long> facilitators = slot.facilitators().stream().map(username -> jdbc.queryForObject(
                    "select staff_id from user_account where username = ?", Long.class, username)).toList();
            LocalDate newest = today.plusDays(slot.newestInDays()).with(TemporalAdjusters.nextOrSame(slot.day()));
            List<LocalDate> starts = new ArrayList<>(List.of(newest));
            while (starts.getFirst().isAfter(today.minusWeeks(historyWeeks))) {
                starts.addFirst(starts.getFirst().minusWeeks(8));
            }
            for (LocalDate start : starts) {
                List<ProgrammeSeries.SeriesDate> dates = ProgrammeSeries.dates(start, slot.day());
                long daysAway = dates.getFirst().date().toEpochDay() - today.toEpochDay();
                int places = daysAway <= 0 ? 6 + random.nextInt(3) : daysAway <= 7 ? 3 : 10;
                List<Long> members = new ArrayList<>(daysAway > 7 ? firstIntoFullProgramme : List.of());
                while (members.size() < places && !waiting.isEmpty()) {
                    members.add(waiting.removeFirst());
                }
                programme(siteId, roomId, facilitators, slot, dates, members, today);
            }
        }
    }

    private void programme(long siteId, long roomId, List<Long> facilitators, Slot slot,
                           List<ProgrammeSeries.SeriesDate> dates, List<Long> referrals, LocalDate today) {
        String name = ProgrammeSeries.name(slot.day(), slot.time(), dates.getFirst().date());
        boolean ended = dates.getLast().date().isBefore(today);
        Timestamp created = Timestamp.from(dates.getFirst().date().minusWeeks(4).atStartOfDay(ClinicTime.ZONE)
                .toInstant());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("site_id", siteId);
        row.put("room_id", roomId);
        row.put("name", name);
        row.put("day_of_week", slot.day().name());
        row.put("starts_at", slot.time());
        row.put("first_date", dates.getFirst().date());
        row.put("min_size", 6);
        row.put("max_size", 8);
        row.put("status", ended ? "CLOSED" : "ACTIVE");
        row.put("created_at", created);
        row.put("created_by", "manager");
        row.put("version", 0);
        long programmeId = insert("group_programme", row);
        for (long staffId : facilitators) {
            jdbc.update("insert into group_programme_facilitator (programme_id, staff_id) values (?, ?)", programmeId,
                    staffId);
        }
        List<Long> sessions = new ArrayList<>();
        for (ProgrammeSeries.SeriesDate date : dates) {
            ZonedDateTime start = date.date().atTime(slot.time()).atZone(ClinicTime.ZONE);
            Map<String, Object> appointment = new LinkedHashMap<>();
            appointment.put("site_id", siteId);
            appointment.put("kind", "GROUP_SESSION");
            appointment.put("room_id", roomId);
            appointment.put("starts_at", Timestamp.from(start.toInstant()));
            appointment.put("ends_at", Timestamp.from(start.plusMinutes(ProgrammeSeries.MINUTES).toInstant()));
            appointment.put("status", "BOOKED");
            appointment.put("title", "Group " + name + " · session " + date.number() + " of 6");
            appointment.put("created_at", created);
            appointment.put("created_by", "manager");
            appointment.put("version", 0);
            long appointmentId = insert("appointment", appointment);
            for (long staffId : facilitators) {
                jdbc.update("insert into appointment_clinician (appointment_id, staff_id) values (?, ?)",
                        appointmentId, staffId);
            }
            jdbc.update("insert into group_session (appointment_id, programme_id, number, note) values (?, ?, ?, ?)",
                    appointmentId, programmeId, date.number(), date.note());
            sessions.add(appointmentId);
        }
        List<Object[]> marks = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            enrol(programmeId, name, referrals.get(i), i, dates, sessions, today, ended, marks);
        }
        jdbc.batchUpdate("insert into attendance (appointment_id, enrolment_id, mark, recorded_at, recorded_by) "
                + "values (?, ?, ?, ?, 'grace.adeyemi')", marks);
    }

    private void enrol(long programmeId, String name, long referralId, int index,
                       List<ProgrammeSeries.SeriesDate> dates, List<Long> sessions, LocalDate today, boolean ended,
                       List<Object[]> marks) {
        Instant twoWeeksBefore = dates.getFirst().date().minusWeeks(2).atTime(11, 0).atZone(ClinicTime.ZONE).toInstant();
        Instant aWhileAgo = Instant.now(clock).minusSeconds(3600);
        Timestamp enrolled = Timestamp.from(twoWeeksBefore.isBefore(aWhileAgo) ? twoWeeksBefore : aWhileAgo);
        Long patientId = jdbc.queryForObject("select patient_id from referral where id = ?", Long.class, referralId);
        // Over the limit of 8, the rest wait; the 8th withdrew, and its place is on offer to the first waiting.
        String status = index < 7 ? "ENROLLED" : index == 7 ? "WITHDRAWN" : index == 8 ? "OFFERED" : "WAITING";
        int attended = 0;
        List<Object[]> own = new ArrayList<>();
        boolean missesTwice = !ended && index == 2;
        for (int s = 0; s < sessions.size() && "ENROLLED".equals(status); s++) {
            if (!dates.get(s).date().isBefore(today)) {
                break;
            }
            int roll = random.nextInt(100);
            String mark = missesTwice ? "DID_NOT_ATTEND" : roll < 85 ? "ATTENDED" : roll < 94
                    ? "DID_NOT_ATTEND" : roll < 98 ? "CANCELLED_BY_PATIENT" : "CANCELLED_BY_SERVICE";
            attended += "ATTENDED".equals(mark) ? 1 : 0;
            Timestamp at = Timestamp.from(dates.get(s).date().atTime(16, 0).atZone(ClinicTime.ZONE).toInstant());
            own.add(new Object[] {sessions.get(s), null, mark, at});
        }
        String finalStatus = !ended || "WITHDRAWN".equals(status) ? status
                : "ENROLLED".equals(status) ? attended >= 3 ? "COMPLETED" : "NOT_COMPLETED" : "PROGRAMME_CANCELLED";
        Timestamp changed = ended ? Timestamp.from(dates.getLast().date().plusDays(1).atTime(10, 0)
                .atZone(ClinicTime.ZONE).toInstant()) : enrolled;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("programme_id", programmeId);
        row.put("patient_id", patientId);
        row.put("referral_id", referralId);
        row.put("status", finalStatus);
        row.put("status_reason", switch (finalStatus) {
            case "COMPLETED", "NOT_COMPLETED" -> "Attended " + attended + " of 6 sessions";
            case "WITHDRAWN" -> "Started a new job with shifts";
            case "OFFERED" -> "Place freed";
            case "PROGRAMME_CANCELLED" -> "The programme ended";
            default -> null;
        });
        row.put("listed_at", Timestamp.from(enrolled.toInstant().plusSeconds(index)));
        row.put("changed_at", changed);
        row.put("changed_by", "grace.adeyemi");
        row.put("version", 0);
        long enrolmentId = insert("enrolment", row);
        own.forEach(mark -> {
            mark[1] = enrolmentId;
            marks.add(mark);
        });
        if ("ENROLLED".equals(status)) {
            step(referralId, enrolled, "ENROLLED_IN_GROUP", "AWAITING_GROUP", "IN_GROUP", name);
            if ("COMPLETED".equals(finalStatus)) {
                step(referralId, changed, "PROGRAMME_COMPLETED", "IN_GROUP", "DISCHARGED",
                        "Completed the programme: " + name);
            }
        }
    }

    private void step(long referralId, Timestamp at, String kind, String from, String to, String reason) {
        jdbc.update("insert into referral_event (referral_id, occurred_at, actor, kind, from_stage, to_stage, reason) "
                + "values (?, ?, 'grace.adeyemi', ?, ?, ?, ?)", referralId, at, kind, from, to, reason);
        jdbc.update("update referral set stage = ?, stage_changed_at = ?, stage_reason = ?, version = version + 1 "
                + "where id = ?", to, at, reason, referralId);
    }

    private long insert(String table, Map<String, Object> row) {
        return DemoData.insert(jdbc, table, row);
    }
}
