package uk.nhs.best.groups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.groups.AttendanceMark;
import uk.nhs.best.groups.Enrolment;
import uk.nhs.best.groups.EnrolmentStatus;
import uk.nhs.best.groups.GroupSession;
import uk.nhs.best.groups.MarkRecord;
import uk.nhs.best.groups.ProgrammeStatus;
import uk.nhs.best.groups.ProgrammeSummary;

/**
 * Programmes, enrolments and registers in SQL. Session times live on the sessions' appointments,
 * which this store reads but only the scheduling feature writes. Lists are one query each, with
 * counts worked out in SQL, never a query per row.
 */
@Repository
public class ProgrammeStore {

    /** The mark {@code m} is current: no later mark for the same patient at the same session. */
    private static final String CURRENT = "not exists (select 1 from attendance n where n.appointment_id = "
            + "m.appointment_id and n.enrolment_id = m.enrolment_id and n.id > m.id)";

    private static final String SUMMARY = """
            select g.id, s.code as site_code, g.name, r.name as room_name, g.min_size, g.max_size, g.status,
                   (select group_concat(concat(st.given_name, ' ', st.family_name) order by st.family_name separator ' and ')
                      from group_programme_facilitator f join staff_member st on st.id = f.staff_id
                     where f.programme_id = g.id) as facilitators,
                   (select min(a.starts_at) from group_session gs join appointment a on a.id = gs.appointment_id
                     where gs.programme_id = g.id) as first_session,
                   (select max(a.starts_at) from group_session gs join appointment a on a.id = gs.appointment_id
                     where gs.programme_id = g.id) as last_session,
                   (select count(*) from enrolment e where e.programme_id = g.id and e.status = 'ENROLLED') as enrolled,
                   (select count(*) from enrolment e where e.programme_id = g.id and e.status = 'OFFERED') as offered,
                   (select count(*) from enrolment e where e.programme_id = g.id and e.status = 'WAITING') as waiting
            from group_programme g join site s on s.id = g.site_id join room r on r.id = g.room_id
            """;

    private static final String ENROLMENT = """
            select e.id, e.programme_id, e.patient_id, concat(p.given_name, ' ', p.family_name) as patient_name,
                   p.nhs_number, e.referral_id, ref.referral_date, ref.stage, e.status, e.status_reason, e.listed_at,
                   e.version,
                   (select count(*) from attendance m where m.enrolment_id = e.id and m.mark = 'ATTENDED' and\s""" + CURRENT + """
                   ) as attended
            from enrolment e join patient p on p.id = e.patient_id join referral ref on ref.id = e.referral_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ProgrammeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insertProgramme(long siteId, long roomId, String name, DayOfWeek day, LocalTime startTime,
                                LocalDate firstDate, int minSize, int maxSize, List<Long> facilitatorIds,
                                String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into group_programme (site_id, room_id, name, day_of_week, starts_at, first_date, min_size,
                    max_size, status, created_at, created_by)
                values (:site, :room, :name, :day, :time, :first, :min, :max, 'ACTIVE', :now, :by)""",
                new MapSqlParameterSource("site", siteId).addValue("room", roomId).addValue("name", name)
                        .addValue("day", day.name()).addValue("time", startTime).addValue("first", firstDate)
                        .addValue("min", minSize).addValue("max", maxSize).addValue("now", Timestamp.from(now))
                        .addValue("by", createdBy), key, new String[] {"id"});
        long id = key.getKey().longValue();
        for (long staffId : facilitatorIds) {
            jdbc.update("insert into group_programme_facilitator (programme_id, staff_id) values (:id, :staff)",
                    new MapSqlParameterSource("id", id).addValue("staff", staffId));
        }
        return id;
    }

    public void insertSession(long appointmentId, long programmeId, int number, String note) {
        jdbc.update("insert into group_session (appointment_id, programme_id, number, note) "
                + "values (:appointment, :programme, :number, :note)", new MapSqlParameterSource("appointment",
                appointmentId).addValue("programme", programmeId).addValue("number", number).addValue("note", note));
    }

    public void setSessionNote(long appointmentId, String note) {
        jdbc.update("update group_session set note = :note where appointment_id = :id",
                new MapSqlParameterSource("id", appointmentId).addValue("note", note));
    }

    /**
     * Holds the programme row until the transaction ends, so changes to its places queue up behind
     * each other, and reads it as it is now (a locking read sees the latest commit, not the
     * transaction's snapshot).
     */
    public ProgrammeRow lock(long programmeId) {
        return row(programmeId, " for update").orElseThrow();
    }

    public Optional<ProgrammeSummary> summary(long programmeId, Instant now) {
        return jdbc.query(SUMMARY + " where g.id = :id", new MapSqlParameterSource("id", programmeId),
                (rs, row) -> summary(rs, now)).stream().findFirst();
    }

    public List<ProgrammeSummary> summaries(long siteId, Instant now) {
        return jdbc.query(SUMMARY + " where g.site_id = :site order by g.first_date desc, g.id desc",
                new MapSqlParameterSource("site", siteId), (rs, row) -> summary(rs, now));
    }

    public Optional<ProgrammeRow> row(long programmeId) {
        return row(programmeId, "");
    }

    private Optional<ProgrammeRow> row(long programmeId, String lock) {
        return jdbc.query("""
                select g.id, g.site_id, g.room_id, g.name, g.status, g.status_reason, g.max_size, g.version,
                       (select group_concat(f.staff_id) from group_programme_facilitator f where f.programme_id = g.id)
                           as facilitator_ids
                from group_programme g where g.id = :id""" + lock, new MapSqlParameterSource("id", programmeId),
                (rs, row) -> new ProgrammeRow(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("room_id"),
                        rs.getString("name"), ProgrammeStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                        rs.getInt("max_size"), Arrays.stream(rs.getString("facilitator_ids").split(","))
                                .map(Long::valueOf).toList(), rs.getLong("version"))).stream().findFirst();
    }

    /** The programme's row as the rules need it. */
    public record ProgrammeRow(long id, long siteId, long roomId, String name, ProgrammeStatus status,
                               String statusReason,
                               int maxSize, List<Long> facilitatorIds, long version) {
    }

    public void setStatus(long programmeId, ProgrammeStatus status, String reason) {
        jdbc.update("update group_programme set status = :status, status_reason = :reason, version = version + 1 "
                + "where id = :id", new MapSqlParameterSource("id", programmeId).addValue("status", status.name())
                .addValue("reason", reason));
    }

    public List<GroupSession> sessions(long programmeId) {
        return jdbc.query("""
                select gs.appointment_id, gs.programme_id, gs.number, gs.note, a.starts_at, a.ends_at, a.status, a.version
                from group_session gs join appointment a on a.id = gs.appointment_id
                where gs.programme_id = :id order by gs.number""", new MapSqlParameterSource("id", programmeId),
                ProgrammeStore::session);
    }

    public Optional<GroupSession> session(long appointmentId) {
        return jdbc.query("""
                select gs.appointment_id, gs.programme_id, gs.number, gs.note, a.starts_at, a.ends_at, a.status, a.version
                from group_session gs join appointment a on a.id = gs.appointment_id
                where gs.appointment_id = :id""", new MapSqlParameterSource("id", appointmentId),
                ProgrammeStore::session).stream().findFirst();
    }

    public List<Enrolment> enrolments(long programmeId) {
        return jdbc.query(ENROLMENT + " where e.programme_id = :id order by e.listed_at, e.id",
                new MapSqlParameterSource("id", programmeId), ProgrammeStore::enrolment);
    }

    public Optional<Enrolment> enrolment(long enrolmentId) {
        return jdbc.query(ENROLMENT + " where e.id = :id", new MapSqlParameterSource("id", enrolmentId),
                ProgrammeStore::enrolment).stream().findFirst();
    }

    /** The patient's open enrolment (enrolled, offered or waiting), with its programme's name. */
    public Optional<OpenEnrolment> openEnrolmentOf(long patientId) {
        return jdbc.query("""
                select e.id, e.programme_id, g.name, e.status, e.version from enrolment e
                join group_programme g on g.id = e.programme_id where e.open_patient_id = :patient
                lock in share mode""",
                new MapSqlParameterSource("patient", patientId),
                (rs, row) -> new OpenEnrolment(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("name"),
                        EnrolmentStatus.valueOf(rs.getString("status")), rs.getLong("version")))
                .stream().findFirst();
    }

    public record OpenEnrolment(long id, long programmeId, String programmeName, EnrolmentStatus status,
                                long version) {
    }

    /** Patients with an open enrolment among these, by patient id, with the programme's name. */
    public Map<Long, String> openEnrolmentsAmong(List<Long> patientIds) {
        Map<Long, String> open = new LinkedHashMap<>();
        if (!patientIds.isEmpty()) {
            jdbc.query("select e.patient_id, g.name, e.status from enrolment e join group_programme g "
                    + "on g.id = e.programme_id where e.open_patient_id in (:ids)",
                    new MapSqlParameterSource("ids", patientIds), rs -> {
                        open.put(rs.getLong("patient_id"), EnrolmentStatus.valueOf(rs.getString("status")).label()
                                .toLowerCase(ClinicTime.LOCALE) + " for " + rs.getString("name"));
                    });
        }
        return open;
    }

    public int placesTaken(long programmeId) {
        // A locking read: it must count what other enrolments committed while this one waited for the lock.
        return jdbc.queryForObject("select count(*) from enrolment where programme_id = :id "
                + "and status in ('ENROLLED', 'OFFERED') lock in share mode", new MapSqlParameterSource("id",
                programmeId), Integer.class);
    }

    public long insertEnrolment(long programmeId, long patientId, long referralId, EnrolmentStatus status,
                                String by, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into enrolment (programme_id, patient_id, referral_id, status, listed_at, changed_at, changed_by)
                values (:programme, :patient, :referral, :status, :now, :now, :by)""",
                new MapSqlParameterSource("programme", programmeId).addValue("patient", patientId)
                        .addValue("referral", referralId).addValue("status", status.name())
                        .addValue("now", Timestamp.from(now)).addValue("by", by), key, new String[] {"id"});
        return key.getKey().longValue();
    }

    /** False when someone changed the enrolment since {@code version} was read. */
    public boolean setEnrolmentStatus(long enrolmentId, long version, EnrolmentStatus status, String reason,
                                      String by, Instant now) {
        return jdbc.update("""
                update enrolment set status = :status, status_reason = :reason, changed_at = :now, changed_by = :by,
                    version = version + 1
                where id = :id and version = :version""", new MapSqlParameterSource("id", enrolmentId)
                .addValue("version", version).addValue("status", status.name()).addValue("reason", reason)
                .addValue("now", Timestamp.from(now)).addValue("by", by)) == 1;
    }

    /** The one who has waited longest on the programme's waiting list. */
    public Optional<Enrolment> firstWaiting(long programmeId) {
        return jdbc.query(ENROLMENT + " where e.programme_id = :id and e.status = 'WAITING' "
                + "order by e.listed_at, e.id limit 1 lock in share mode", new MapSqlParameterSource("id", programmeId),
                ProgrammeStore::enrolment).stream().findFirst();
    }

    public void insertMark(long appointmentId, long enrolmentId, AttendanceMark mark, String by, Instant now) {
        jdbc.update("insert into attendance (appointment_id, enrolment_id, mark, recorded_at, recorded_by) "
                + "values (:session, :enrolment, :mark, :now, :by)", new MapSqlParameterSource("session",
                appointmentId).addValue("enrolment", enrolmentId).addValue("mark", mark.name())
                .addValue("now", Timestamp.from(now)).addValue("by", by));
    }

    /** Every mark at the session, oldest first, by enrolment. */
    public Map<Long, List<MarkRecord>> marks(long appointmentId) {
        Map<Long, List<MarkRecord>> marks = new LinkedHashMap<>();
        jdbc.query("select enrolment_id, mark, recorded_at, recorded_by from attendance where appointment_id = :id "
                + "order by id", new MapSqlParameterSource("id", appointmentId), rs -> {
                    marks.computeIfAbsent(rs.getLong("enrolment_id"), id -> new ArrayList<>()).add(mark(rs));
                });
        return marks;
    }

    /** Current marks of the programme, by enrolment then session number. */
    public Map<Long, Map<Integer, AttendanceMark>> currentMarks(long programmeId) {
        return currentMarks("gs.programme_id = :id", new MapSqlParameterSource("id", programmeId));
    }

    /** Current marks of the site's active programmes' enrolled patients, by enrolment then session number. */
    public Map<Long, Map<Integer, AttendanceMark>> currentMarksAtSite(long siteId) {
        return currentMarks("g.site_id = :site and g.status = 'ACTIVE' and e.status = 'ENROLLED'",
                new MapSqlParameterSource("site", siteId));
    }

    private Map<Long, Map<Integer, AttendanceMark>> currentMarks(String where, MapSqlParameterSource parameters) {
        Map<Long, Map<Integer, AttendanceMark>> marks = new LinkedHashMap<>();
        jdbc.query("""
                select m.enrolment_id, gs.number, m.mark
                from attendance m
                join group_session gs on gs.appointment_id = m.appointment_id
                join group_programme g on g.id = gs.programme_id
                join enrolment e on e.id = m.enrolment_id
                where\s""" + CURRENT + " and " + where, parameters, rs -> {
                    marks.computeIfAbsent(rs.getLong("enrolment_id"), id -> new LinkedHashMap<>())
                            .put(rs.getInt("number"), AttendanceMark.valueOf(rs.getString("mark")));
                });
        return marks;
    }

    public List<Enrolment> enrolmentsAtSite(long siteId, EnrolmentStatus status) {
        return enrolmentsAtSite(siteId, status, "");
    }

    /**
     * Patients of the site who did not complete and still wait for a clinician's decision (their
     * referral is still "in a group"): picked in SQL, as not-completed enrolments pile up over years.
     */
    public List<Enrolment> awaitingDecisionAtSite(long siteId) {
        return enrolmentsAtSite(siteId, EnrolmentStatus.NOT_COMPLETED, " and ref.stage = 'IN_GROUP'");
    }

    private List<Enrolment> enrolmentsAtSite(long siteId, EnrolmentStatus status, String andWhere) {
        return jdbc.query(ENROLMENT + " join group_programme g on g.id = e.programme_id where g.site_id = :site "
                + "and e.status = :status" + andWhere + " order by e.listed_at, e.id",
                new MapSqlParameterSource("site", siteId).addValue("status", status.name()), ProgrammeStore::enrolment);
    }

    /** Current marks at the site's sessions that started in [from, to), counted by mark. */
    public Map<AttendanceMark, Integer> markCounts(long siteId, Instant from, Instant to) {
        Map<AttendanceMark, Integer> counts = new LinkedHashMap<>();
        jdbc.query("""
                select m.mark, count(*) as n
                from appointment a join attendance m on m.appointment_id = a.id
                where a.site_id = :site and a.kind = 'GROUP_SESSION' and a.starts_at >= :from and a.starts_at < :to
                  and\s""" + CURRENT + " group by m.mark", new MapSqlParameterSource("site", siteId).addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to)), rs -> {
                    counts.put(AttendanceMark.valueOf(rs.getString("mark")), rs.getInt("n"));
                });
        return counts;
    }

    /** Enrolments closed as completed or not completed at the site in [from, to), counted by status. */
    public Map<EnrolmentStatus, Integer> completionCounts(long siteId, Instant from, Instant to) {
        Map<EnrolmentStatus, Integer> counts = new LinkedHashMap<>();
        jdbc.query("""
                select e.status, count(*) as n from enrolment e join group_programme g on g.id = e.programme_id
                where g.site_id = :site and e.status in ('COMPLETED', 'NOT_COMPLETED')
                  and e.changed_at >= :from and e.changed_at < :to
                group by e.status""", new MapSqlParameterSource("site", siteId).addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to)), rs -> {
                    counts.put(EnrolmentStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }

    private static ProgrammeSummary summary(ResultSet rs, Instant now) throws SQLException {
        ZonedDateTime first = london(rs.getTimestamp("first_session"));
        int enrolled = rs.getInt("enrolled");
        ProgrammeStatus status = ProgrammeStatus.valueOf(rs.getString("status"));
        boolean belowMinimum = status == ProgrammeStatus.ACTIVE && first != null && enrolled < rs.getInt("min_size")
                && first.toInstant().isAfter(now) && !first.toInstant().isAfter(now.plus(Duration.ofDays(7)));
        return new ProgrammeSummary(rs.getLong("id"), rs.getString("site_code"), rs.getString("name"),
                rs.getString("room_name"), rs.getString("facilitators"), first, london(rs.getTimestamp("last_session")),
                rs.getInt("min_size"), rs.getInt("max_size"), enrolled, rs.getInt("offered"), rs.getInt("waiting"),
                status, belowMinimum);
    }

    private static GroupSession session(ResultSet rs, int row) throws SQLException {
        return new GroupSession(rs.getLong("appointment_id"), rs.getLong("programme_id"), rs.getInt("number"),
                london(rs.getTimestamp("starts_at")), london(rs.getTimestamp("ends_at")), rs.getString("note"),
                rs.getString("status").startsWith("CANCELLED"), rs.getLong("version"));
    }

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        EnrolmentStatus status = EnrolmentStatus.valueOf(rs.getString("status"));
        return new Enrolment(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("patient_id"),
                rs.getString("patient_name"), rs.getString("nhs_number"), rs.getLong("referral_id"),
                rs.getObject("referral_date", LocalDate.class), status, rs.getString("status_reason"),
                rs.getTimestamp("listed_at").toInstant(), rs.getInt("attended"),
                status == EnrolmentStatus.NOT_COMPLETED && "IN_GROUP".equals(rs.getString("stage")),
                rs.getLong("version"));
    }

    private static MarkRecord mark(ResultSet rs) throws SQLException {
        return new MarkRecord(AttendanceMark.valueOf(rs.getString("mark")), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }

    private static ZonedDateTime london(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(ClinicTime.ZONE);
    }
}
