package uk.nhs.best.capacity.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.nhs.best.capacity.ForecastInputs;
import uk.nhs.best.capacity.ForecastInputs.BookedHours;
import uk.nhs.best.capacity.ForecastInputs.Cohort;
import uk.nhs.best.capacity.ForecastInputs.Count;
import uk.nhs.best.capacity.ForecastInputs.History;
import uk.nhs.best.capacity.ForecastInputs.Programme;
import uk.nhs.best.capacity.PlannedProgramme;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.sites.SiteSummary;

/**
 * The capacity page's read model: a site's referrals, pathway steps, appointments and programmes
 * as the forecast needs them, read straight from the owning features' tables in five aggregate
 * queries, whatever the size of the site. Nothing here writes.
 */
@Repository
public class CapacityHistory {

    /** Weeks of referrals the trend is fitted to, and of history the rates are counted over. */
    public static final int HISTORY_WEEKS = 26;
    /** A programme runs 6 weekly sessions, so one that started up to 5 weeks ago is still running. */
    private static final int RUNNING_WEEKS = 5;

    private final NamedParameterJdbcTemplate jdbc;

    CapacityHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the site's forecast starts from, and its planned programmes with their names. */
    public record Snapshot(ForecastInputs inputs, List<PlannedProgramme> programmes) {
    }

    /**
     * The site's inputs for the week of {@code now}. Clinicians and their usual hours come from
     * the staff feature, which owns them.
     */
    public Snapshot load(SiteSummary site, List<ForecastInputs.Clinician> clinicians, Instant now) {
        LocalDate monday = monday(now.atZone(ClinicTime.ZONE).toLocalDate());
        LocalDate since = monday.minusWeeks(HISTORY_WEEKS);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("site", site.id())
                .addValue("monday", monday)
                .addValue("since", since)
                .addValue("mondayUtc", utc(monday))
                .addValue("sinceUtc", utc(since))
                .addValue("now", Timestamp.from(now))
                .addValue("runningSince", monday.minusWeeks(RUNNING_WEEKS));
        List<PlannedProgramme> programmes = programmes(params);
        Map<Queue, List<Cohort>> queues = queues(params);
        ForecastInputs inputs = new ForecastInputs(monday, referralsPerWeek(params, since), history(params),
                queues.get(Queue.SCREENING), queues.get(Queue.ASSESSMENT), queues.get(Queue.GROUP), clinicians,
                bookedHours(params),
                programmes.stream().map(p -> new Programme(p.id(), p.start(), p.places(), p.enrolled())).toList(),
                new ForecastInputs.Targets(site.assessmentTargetWeeks(), site.groupTargetWeeks()),
                new ForecastInputs.GroupSize(site.groupMinSize(), site.groupMaxSize()));
        return new Snapshot(inputs, programmes);
    }

    /** Referrals received in each of the {@link #HISTORY_WEEKS} weeks before this one, oldest first. */
    private List<Integer> referralsPerWeek(MapSqlParameterSource params, LocalDate since) {
        int[] weeks = new int[HISTORY_WEEKS];
        jdbc.query("""
                select referral_date, count(*) as referrals from referral
                where site_id = :site and referral_date >= :since and referral_date < :monday
                group by referral_date
                """, params, row -> {
            int week = (int) ChronoUnit.WEEKS.between(since, row.getObject("referral_date", LocalDate.class));
            weeks[week] += row.getInt("referrals");
        });
        List<Integer> perWeek = new ArrayList<>(HISTORY_WEEKS);
        for (int count : weeks) {
            perWeek.add(count);
        }
        return perWeek;
    }

    /**
     * The five rates' counts over the last {@link #HISTORY_WEEKS} weeks and this one so far, in one
     * statement. Group
     * completion counts enrolments that ended COMPLETED or NOT_COMPLETED on programmes whose last
     * session fell in the window; WITHDRAWN is left out, as a withdrawn patient goes back on the
     * group list and is counted on the programme they finally finish. Session DNA uses each
     * register line's current mark (the newest), and leaves cancelled places out.
     */
    private History history(MapSqlParameterSource params) {
        Map<String, Count> counts = new HashMap<>();
        jdbc.query("""
                select case when e.kind in ('ACCEPTED', 'REJECTED') then 'screening' else 'outcomes' end as rate,
                       coalesce(sum(e.kind in ('ACCEPTED', 'ASSESSED_SUITABLE')), 0) as events, count(*) as out_of
                from referral_event e join referral r on r.id = e.referral_id
                where r.site_id = :site and e.occurred_at >= :sinceUtc
                  and e.kind in ('ACCEPTED', 'REJECTED', 'ASSESSED_SUITABLE', 'ASSESSED_NOT_SUITABLE')
                group by rate
                union all
                select 'assessments', coalesce(sum(a.status = 'DID_NOT_ATTEND'), 0), count(*)
                from appointment a
                where a.site_id = :site and a.kind = 'ASSESSMENT' and a.status in ('ATTENDED', 'DID_NOT_ATTEND')
                  and a.starts_at >= :sinceUtc and a.starts_at < :now
                union all
                select 'completion', coalesce(sum(en.status = 'NOT_COMPLETED'), 0), count(*)
                from enrolment en join group_programme p on p.id = en.programme_id
                where p.site_id = :site and en.status in ('COMPLETED', 'NOT_COMPLETED')
                  and p.first_date >= date_sub(:since, interval 5 week)
                  and p.first_date < date_sub(:monday, interval 5 week)
                union all
                select 'sessions', coalesce(sum(m.mark = 'DID_NOT_ATTEND'), 0), count(*)
                from attendance m
                join appointment a on a.id = m.appointment_id
                where a.site_id = :site and a.kind = 'GROUP_SESSION'
                  and a.starts_at >= :sinceUtc and a.starts_at < :now
                  and m.mark in ('ATTENDED', 'DID_NOT_ATTEND')
                  and m.id = (select max(n.id) from attendance n
                              where n.appointment_id = m.appointment_id and n.enrolment_id = m.enrolment_id)
                """, params, row -> {
            counts.put(row.getString("rate"), new Count(row.getInt("events"), row.getInt("out_of")));
        });
        return new History(counts.getOrDefault("screening", Count.NONE), counts.getOrDefault("outcomes", Count.NONE),
                counts.getOrDefault("assessments", Count.NONE), counts.getOrDefault("completion", Count.NONE),
                counts.getOrDefault("sessions", Count.NONE));
    }

    /** The forecast's three queues, and the referral stages each holds. */
    private enum Queue {
        SCREENING, ASSESSMENT, GROUP;

        static Queue of(String stage) {
            return switch (stage) {
                case "AWAITING_SCREENING", "ON_HOLD" -> SCREENING;
                case "AWAITING_ASSESSMENT", "ASSESSMENT_BOOKED" -> ASSESSMENT;
                default -> GROUP;
            };
        }
    }

    /** Patients waiting now, by queue and the Monday of their referral week (MariaDB's weekday(): Monday is 0). */
    private Map<Queue, List<Cohort>> queues(MapSqlParameterSource params) {
        Map<Queue, Map<LocalDate, Integer>> byWeek = new EnumMap<>(Queue.class);
        for (Queue queue : Queue.values()) {
            byWeek.put(queue, new TreeMap<>());
        }
        jdbc.query("""
                select stage, date_sub(referral_date, interval weekday(referral_date) day) as week,
                       count(*) as patients
                from referral
                where site_id = :site and stage in ('AWAITING_SCREENING', 'ON_HOLD', 'AWAITING_ASSESSMENT',
                                                     'ASSESSMENT_BOOKED', 'AWAITING_GROUP')
                group by stage, week
                """, params, row -> {
            byWeek.get(Queue.of(row.getString("stage")))
                    .merge(row.getObject("week", LocalDate.class), row.getInt("patients"), Integer::sum);
        });
        Map<Queue, List<Cohort>> queues = new EnumMap<>(Queue.class);
        byWeek.forEach((queue, weeks) -> queues.put(queue, weeks.entrySet().stream()
                .map(week -> new Cohort(week.getKey(), week.getValue())).toList()));
        return queues;
    }

    /** Assessment hours still booked from this week on, per clinician and London week. */
    private List<BookedHours> bookedHours(MapSqlParameterSource params) {
        Map<Long, Map<LocalDate, Double>> hours = new HashMap<>();
        jdbc.query("""
                select ac.staff_id, a.starts_at, a.ends_at
                from appointment a join appointment_clinician ac on ac.appointment_id = a.id
                where a.site_id = :site and a.kind = 'ASSESSMENT' and a.status = 'BOOKED'
                  and a.starts_at >= :mondayUtc
                """, params, row -> {
            Instant starts = row.getTimestamp("starts_at").toInstant();
            Instant ends = row.getTimestamp("ends_at").toInstant();
            hours.computeIfAbsent(row.getLong("staff_id"), id -> new HashMap<>())
                    .merge(monday(starts.atZone(ClinicTime.ZONE).toLocalDate()),
                            Duration.between(starts, ends).toMinutes() / 60.0, Double::sum);
        });
        List<BookedHours> booked = new ArrayList<>();
        hours.forEach((clinician, weeks) -> weeks.forEach((week, h) -> booked.add(new BookedHours(clinician, week, h))));
        return booked;
    }

    /**
     * Active programmes starting from 5 weeks ago (so still running) on; a place is taken by an
     * enrolled patient or one with an open offer.
     */
    private List<PlannedProgramme> programmes(MapSqlParameterSource params) {
        return jdbc.query("""
                select p.id, p.name, p.first_date, p.max_size,
                       (select count(*) from enrolment e
                        where e.programme_id = p.id and e.status in ('ENROLLED', 'OFFERED')) as enrolled
                from group_programme p
                where p.site_id = :site and p.status = 'ACTIVE' and p.first_date >= :runningSince
                order by p.first_date, p.id
                """, params, (row, n) -> new PlannedProgramme(row.getLong("id"), row.getString("name"),
                row.getObject("first_date", LocalDate.class), row.getInt("max_size"), row.getInt("enrolled")));
    }

    /** The start of a London day, as the instant the tables store. */
    private static Timestamp utc(LocalDate londonDay) {
        return Timestamp.from(londonDay.atStartOfDay(ClinicTime.ZONE).toInstant());
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
