package uk.nhs.best.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.scheduling.AppointmentStatus;
import uk.nhs.best.scheduling.AssessmentOutcome;
import uk.nhs.best.scheduling.ScheduledAssessment;
import uk.nhs.best.scheduling.ScheduledGroupSession;

/**
 * Appointments in SQL. Bookings lock the clinician, room and patient rows first (always in the
 * same order, so two bookings can't deadlock), then look for clashes with locking reads: two
 * people booking the same clinician, room or patient at the same moment are served one after
 * the other, and the second sees the first's booking.
 */
@Repository
public class AppointmentStore {

    /** Appointments last at most this long, which bounds calendar range scans on starts_at. */
    public static final int LONGEST_MINUTES = 240;

    private static final String HOLDS_TIME = "a.status in ('BOOKED', 'ATTENDED', 'DID_NOT_ATTEND')";

    private static final String ASSESSMENT = """
            select a.id, a.site_id, s.name as site_name, x.referral_id, p.id as patient_id,
                   concat(p.given_name, ' ', p.family_name) as patient_name, st.id as clinician_id,
                   concat(st.given_name, ' ', st.family_name) as clinician_name, a.room_id, r.name as room_name,
                   a.starts_at, a.ends_at, a.status, a.version
            from appointment a
            join assessment x on x.appointment_id = a.id
            join site s on s.id = a.site_id
            join room r on r.id = a.room_id
            join appointment_patient ap on ap.appointment_id = a.id join patient p on p.id = ap.patient_id
            join appointment_clinician ac on ac.appointment_id = a.id join staff_member st on st.id = ac.staff_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AppointmentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the clinicians, the room and the patients until the transaction ends. */
    public void lockResources(List<Long> staffIds, long roomId, List<Long> patientIds) {
        jdbc.queryForList("select id from staff_member where id in (:ids) order by id for update",
                new MapSqlParameterSource("ids", staffIds), Long.class);
        jdbc.queryForList("select id from room where id = :id for update", new MapSqlParameterSource("id", roomId),
                Long.class);
        if (!patientIds.isEmpty()) {
            jdbc.queryForList("select id from patient where id in (:ids) order by id for update",
                    new MapSqlParameterSource("ids", patientIds), Long.class);
        }
    }

    /** What the time would clash with, in words; empty when it is free. */
    public List<String> clashes(List<Long> staffIds, long roomId, List<Long> patientIds, Instant start, Instant end,
                                List<Long> ignoredAppointmentIds) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("staff", staffIds).addValue("room", roomId)
                .addValue("patients", patientIds).addValue("start", Timestamp.from(start))
                .addValue("end", Timestamp.from(end))
                .addValue("ignored", ignoredAppointmentIds.isEmpty() ? List.of(0L) : ignoredAppointmentIds);
        String overlapping = " and " + HOLDS_TIME + " and a.starts_at < :end and a.ends_at > :start and a.id not in (:ignored)";
        List<String> clashes = new ArrayList<>();
        clashes.addAll(jdbc.query("select r.name as who, a.starts_at, a.ends_at from appointment a "
                + "join room r on r.id = a.room_id where a.room_id = :room" + overlapping + " lock in share mode",
                parameters, (rs, row) -> describe(rs, " is already booked")));
        clashes.addAll(jdbc.query("select concat(s.given_name, ' ', s.family_name) as who, a.starts_at, a.ends_at "
                + "from appointment a join appointment_clinician c on c.appointment_id = a.id "
                + "join staff_member s on s.id = c.staff_id where c.staff_id in (:staff)" + overlapping
                + " lock in share mode", parameters, (rs, row) -> describe(rs, " already has an appointment")));
        if (patientIds.isEmpty()) {
            return clashes;
        }
        clashes.addAll(jdbc.query("select concat(p.given_name, ' ', p.family_name) as who, a.starts_at, a.ends_at "
                + "from appointment a join appointment_patient ap on ap.appointment_id = a.id "
                + "join patient p on p.id = ap.patient_id where ap.patient_id in (:patients)" + overlapping
                + " lock in share mode", parameters, (rs, row) -> describe(rs, " already has an appointment")));
        return clashes;
    }

    /** Of these clinicians and rooms, the ones with an appointment overlapping [start, end). */
    public Busy busy(List<Long> staffIds, List<Long> roomIds, Instant start, Instant end) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("staff", staffIds).addValue("rooms", roomIds)
                .addValue("start", Timestamp.from(start)).addValue("end", Timestamp.from(end));
        String overlapping = " and " + HOLDS_TIME + " and a.starts_at < :end and a.ends_at > :start";
        List<Long> clinicians = staffIds.isEmpty() ? List.of() : jdbc.queryForList("select distinct c.staff_id "
                + "from appointment a join appointment_clinician c on c.appointment_id = a.id "
                + "where c.staff_id in (:staff)" + overlapping, parameters, Long.class);
        List<Long> rooms = roomIds.isEmpty() ? List.of() : jdbc.queryForList("select distinct a.room_id "
                + "from appointment a where a.room_id in (:rooms)" + overlapping, parameters, Long.class);
        return new Busy(Set.copyOf(clinicians), Set.copyOf(rooms));
    }

    public record Busy(Set<Long> clinicianIds, Set<Long> roomIds) {
    }

    private static String describe(ResultSet rs, String what) throws SQLException {
        ZonedDateTime start = london(rs.getTimestamp("starts_at"));
        ZonedDateTime end = london(rs.getTimestamp("ends_at"));
        return rs.getString("who") + what + " " + ClinicTime.TIME.format(start) + "–" + ClinicTime.TIME.format(end)
                + " on " + ClinicTime.DATE.format(start) + ".";
    }

    public long insertAssessment(long siteId, long roomId, Instant start, Instant end, String createdBy,
                                 long clinicianId, long patientId, long referralId, String overrideReason,
                                 Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into appointment (site_id, kind, room_id, starts_at, ends_at, status, created_at, created_by)
                values (:site, 'ASSESSMENT', :room, :start, :end, 'BOOKED', :now, :by)""",
                new MapSqlParameterSource("site", siteId).addValue("room", roomId)
                        .addValue("start", Timestamp.from(start)).addValue("end", Timestamp.from(end))
                        .addValue("now", Timestamp.from(now)).addValue("by", createdBy), key, new String[] {"id"});
        long id = key.getKey().longValue();
        MapSqlParameterSource row = new MapSqlParameterSource("id", id).addValue("staff", clinicianId)
                .addValue("patient", patientId).addValue("referral", referralId).addValue("override", overrideReason);
        jdbc.update("insert into appointment_clinician (appointment_id, staff_id) values (:id, :staff)", row);
        jdbc.update("insert into appointment_patient (appointment_id, patient_id) values (:id, :patient)", row);
        jdbc.update("insert into assessment (appointment_id, referral_id, override_reason) "
                + "values (:id, :referral, :override)", row);
        return id;
    }

    /** A group session: the room and the facilitators, no patient (the programme holds its patients). */
    public long insertGroupSession(long siteId, long roomId, Instant start, Instant end, String title,
                                   List<Long> facilitatorIds, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into appointment (site_id, kind, room_id, starts_at, ends_at, status, title, created_at, created_by)
                values (:site, 'GROUP_SESSION', :room, :start, :end, 'BOOKED', :title, :now, :by)""",
                new MapSqlParameterSource("site", siteId).addValue("room", roomId)
                        .addValue("start", Timestamp.from(start)).addValue("end", Timestamp.from(end))
                        .addValue("title", title).addValue("now", Timestamp.from(now)).addValue("by", createdBy),
                key, new String[] {"id"});
        long id = key.getKey().longValue();
        for (long staffId : facilitatorIds) {
            jdbc.update("insert into appointment_clinician (appointment_id, staff_id) values (:id, :staff)",
                    new MapSqlParameterSource("id", id).addValue("staff", staffId));
        }
        return id;
    }

    /**
     * Group sessions overlapping [from, to), cancelled ones left out, with their facilitators in
     * one query (the same time-range-first plan as {@link #between}).
     */
    public List<ScheduledGroupSession> groupSessionsBetween(long siteId, Instant from, Instant to) {
        return jdbc.query("""
                select straight_join a.id, a.title, a.starts_at, a.ends_at, a.room_id, r.name as room_name, a.status,
                       a.version, group_concat(st.id order by st.family_name) as clinician_ids,
                       group_concat(concat(st.given_name, ' ', st.family_name) order by st.family_name
                                    separator ' and ') as clinician_names
                from appointment a
                join room r on r.id = a.room_id
                join appointment_clinician ac on ac.appointment_id = a.id join staff_member st on st.id = ac.staff_id
                where a.site_id = :site and a.kind = 'GROUP_SESSION' and a.starts_at >= :earliest
                  and a.starts_at < :to and a.ends_at > :from
                """ + " and " + HOLDS_TIME + " group by a.id order by a.starts_at, a.id",
                new MapSqlParameterSource("site", siteId).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to))
                        .addValue("earliest", Timestamp.from(from.minusSeconds(LONGEST_MINUTES * 60L))),
                (rs, row) -> new ScheduledGroupSession(rs.getLong("id"), rs.getString("title"),
                        london(rs.getTimestamp("starts_at")), london(rs.getTimestamp("ends_at")), rs.getLong("room_id"),
                        rs.getString("room_name"), Arrays.stream(rs.getString("clinician_ids").split(","))
                                .map(Long::valueOf).toList(), rs.getString("clinician_names"),
                        AppointmentStatus.valueOf(rs.getString("status")), rs.getLong("version")));
    }

    /** Hours of assessments (booked or held) at the site starting in [from, to). */
    public double assessmentHours(long siteId, Instant from, Instant to) {
        Double hours = jdbc.queryForObject("select coalesce(sum(timestampdiff(minute, a.starts_at, a.ends_at)), 0) / 60 "
                + "from appointment a where a.site_id = :site and a.kind = 'ASSESSMENT' and a.starts_at >= :from "
                + "and a.starts_at < :to and " + HOLDS_TIME, new MapSqlParameterSource("site", siteId)
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)), Double.class);
        return hours == null ? 0 : hours;
    }

    /** Cancels the appointments that are still booked; returns how many were. */
    public int cancelBooked(List<Long> appointmentIds, String reason) {
        return appointmentIds.isEmpty() ? 0 : jdbc.update("update appointment set status = 'CANCELLED_BY_SERVICE', "
                + "status_reason = :reason, version = version + 1 where id in (:ids) and status = 'BOOKED'",
                new MapSqlParameterSource("ids", appointmentIds).addValue("reason", reason));
    }

    public Optional<ScheduledAssessment> find(long appointmentId) {
        return jdbc.query(ASSESSMENT + " where a.id = :id", new MapSqlParameterSource("id", appointmentId),
                AppointmentStore::assessment).stream().findFirst();
    }

    /**
     * Assessments overlapping [from, to), cancelled ones left out. STRAIGHT_JOIN keeps the site's
     * time range first: with years of history MariaDB otherwise starts from a small joined table
     * and a week takes about 50 ms instead of 10 (CalendarBenchmark).
     */
    public List<ScheduledAssessment> between(long siteId, Instant from, Instant to) {
        return jdbc.query(ASSESSMENT.replaceFirst("select", "select straight_join") + " where a.site_id = :site and a.starts_at >= :earliest and a.starts_at < :to "
                + "and a.ends_at > :from and " + HOLDS_TIME + " order by a.starts_at, a.id",
                new MapSqlParameterSource("site", siteId).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to))
                        .addValue("earliest", Timestamp.from(from.minusSeconds(LONGEST_MINUTES * 60L))),
                AppointmentStore::assessment);
    }

    /** The patient's booked assessments from {@code now} on. */
    public List<ScheduledAssessment> upcomingFor(long patientId, Instant now) {
        return jdbc.query(ASSESSMENT + " where p.id = :patient and a.status = 'BOOKED' and a.ends_at > :now "
                + "order by a.starts_at", new MapSqlParameterSource("patient", patientId)
                        .addValue("now", Timestamp.from(now)), AppointmentStore::assessment);
    }

    /** False when someone changed the appointment since {@code version} was read. */
    public boolean moveTo(long appointmentId, long version, Instant start, Instant end) {
        return jdbc.update("update appointment set starts_at = :start, ends_at = :end, version = version + 1 "
                + "where id = :id and version = :version", new MapSqlParameterSource("id", appointmentId)
                        .addValue("version", version).addValue("start", Timestamp.from(start))
                        .addValue("end", Timestamp.from(end))) == 1;
    }

    /** False when someone changed the appointment since {@code version} was read. */
    public boolean setStatus(long appointmentId, long version, AppointmentStatus status, String reason) {
        return jdbc.update("update appointment set status = :status, status_reason = :reason, version = version + 1 "
                + "where id = :id and version = :version", new MapSqlParameterSource("id", appointmentId)
                        .addValue("version", version).addValue("status", status.name())
                        .addValue("reason", reason)) == 1;
    }

    public void setOutcome(long appointmentId, AssessmentOutcome outcome, String reason) {
        jdbc.update("update assessment set outcome = :outcome, outcome_reason = :reason where appointment_id = :id",
                new MapSqlParameterSource("id", appointmentId).addValue("outcome", outcome.name())
                        .addValue("reason", reason));
    }

    private static ScheduledAssessment assessment(ResultSet rs, int row) throws SQLException {
        return new ScheduledAssessment(rs.getLong("id"), rs.getLong("site_id"), rs.getString("site_name"),
                rs.getLong("referral_id"), rs.getLong("patient_id"), rs.getString("patient_name"),
                rs.getLong("clinician_id"), rs.getString("clinician_name"), rs.getLong("room_id"),
                rs.getString("room_name"), london(rs.getTimestamp("starts_at")), london(rs.getTimestamp("ends_at")),
                AppointmentStatus.valueOf(rs.getString("status")), rs.getLong("version"));
    }

    private static ZonedDateTime london(Timestamp timestamp) {
        return timestamp.toInstant().atZone(ClinicTime.ZONE);
    }
}
