package uk.nhs.best.referrals.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.referrals.PathwayEvent;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PathwayStep;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.referrals.TargetStatus;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListFigures;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingPatient;

/**
 * Reads for lists and records, straight in SQL: one query a page, joined with the patient and
 * site tables the list shows, so no list loads a table into memory or queries per row. Writes
 * go only through the owners' services.
 */
@Repository
public class ReferralReadModel {

    private static final String SUMMARY = """
            select r.id, r.patient_id, r.site_id, s.code, s.name, r.referral_date, r.gp_practice, r.reason,
                   r.notes, r.stage, r.stage_changed_at, r.stage_reason, r.version
            from referral r join site s on s.id = r.site_id
            """;

    private static final RowMapper<ReferralSummary> SUMMARY_ROW = (rs, row) -> new ReferralSummary(rs.getLong("id"),
            rs.getLong("patient_id"), rs.getLong("site_id"), rs.getString("code"), rs.getString("name"),
            rs.getObject("referral_date", LocalDate.class), rs.getString("gp_practice"), rs.getString("reason"),
            rs.getString("notes"), PathwayStage.valueOf(rs.getString("stage")),
            rs.getTimestamp("stage_changed_at").toInstant(), rs.getString("stage_reason"), rs.getLong("version"));

    private final NamedParameterJdbcTemplate jdbc;

    ReferralReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReferralSummary> summary(long referralId) {
        return jdbc.query(SUMMARY + " where r.id = :id", new MapSqlParameterSource("id", referralId), SUMMARY_ROW)
                .stream().findFirst();
    }

    /** Who took the referral's latest step. */
    String lastActor(long referralId) {
        return jdbc.queryForObject("select actor from referral_event where referral_id = :id "
                + "order by occurred_at desc, id desc limit 1", new MapSqlParameterSource("id", referralId), String.class);
    }

    List<ReferralSummary> referralsOf(long patientId) {
        return jdbc.query(SUMMARY + " where r.patient_id = :patient order by r.referral_date desc, r.id desc",
                new MapSqlParameterSource("patient", patientId), SUMMARY_ROW);
    }

    List<PathwayEvent> historyOf(long patientId) {
        return jdbc.query("""
                select e.referral_id, e.occurred_at, e.actor, e.kind, e.from_stage, e.to_stage, e.reason
                from referral_event e join referral r on r.id = e.referral_id
                where r.patient_id = :patient order by e.occurred_at, e.id""",
                new MapSqlParameterSource("patient", patientId), (rs, row) -> new PathwayEvent(
                        rs.getLong("referral_id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        PathwayStep.valueOf(rs.getString("kind")), stage(rs.getString("from_stage")),
                        stage(rs.getString("to_stage")), rs.getString("reason")));
    }

    public List<WaitingPatient> waiting(long siteId, int targetWeeks, WaitingListQuery query, LocalDate today, int offset,
                                 int limit) {
        Filter filter = new Filter(siteId, targetWeeks, query, today);
        String order = switch (query.sort()) {
            case LONGEST_WAITING -> "r.referral_date, r.id";
            case SHORTEST_WAITING -> "r.referral_date desc, r.id desc";
            case NAME_A_TO_Z -> "p.family_name, p.given_name, r.id";
            case NAME_Z_TO_A -> "p.family_name desc, p.given_name desc, r.id desc";
        };
        return jdbc.query("""
                select r.id, r.patient_id, p.given_name, p.family_name, p.nhs_number, p.date_of_birth,
                       r.referral_date, r.stage
                from referral r join patient p on p.id = r.patient_id
                """ + filter.where() + " order by " + order + " limit :limit offset :offset",
                filter.parameters().addValue("limit", limit).addValue("offset", offset), (rs, row) -> {
                    LocalDate referred = rs.getObject("referral_date", LocalDate.class);
                    LocalDate targetDate = referred.plusWeeks(targetWeeks);
                    return new WaitingPatient(rs.getLong("id"), rs.getLong("patient_id"),
                            rs.getString("given_name") + " " + rs.getString("family_name"),
                            new NhsNumber(rs.getString("nhs_number")), rs.getObject("date_of_birth", LocalDate.class),
                            referred, PathwayStage.valueOf(rs.getString("stage")),
                            ChronoUnit.DAYS.between(referred, today), targetDate, statusOf(targetDate, today));
                });
    }

    public int countWaiting(long siteId, int targetWeeks, WaitingListQuery query, LocalDate today) {
        Filter filter = new Filter(siteId, targetWeeks, query, today);
        // The patient table is only needed to count a search by name or NHS number.
        String from = filter.hasText() ? "referral r join patient p on p.id = r.patient_id" : "referral r";
        Integer count = jdbc.queryForObject("select count(*) from " + from + filter.where(), filter.parameters(),
                Integer.class);
        return count == null ? 0 : count;
    }

    List<WaitingListFigures> waitingListFigures(long siteId, LocalDate today, int assessmentTargetWeeks,
                                                int groupTargetWeeks) {
        Map<WaitingList, int[]> counts = new EnumMap<>(WaitingList.class);
        Map<WaitingList, LocalDate> oldest = new EnumMap<>(WaitingList.class);
        // Breached: the target date (referral date + target) is before today; due soon: within the warning days.
        jdbc.query("""
                select r.stage, count(*) as waiting, min(r.referral_date) as oldest,
                       sum(r.referral_date < case when r.stage = 'AWAITING_GROUP' then :groupBreached
                           else :assessmentBreached end) as breached,
                       sum(r.referral_date < case when r.stage = 'AWAITING_GROUP' then :groupDue
                           else :assessmentDue end) as breached_or_due
                from referral r where r.site_id = :site and r.stage in (:stages) group by r.stage""",
                new MapSqlParameterSource("site", siteId)
                        .addValue("stages", Arrays.stream(WaitingList.values()).flatMap(l -> l.stages().stream())
                                .map(Enum::name).toList())
                        .addValue("groupBreached", today.minusWeeks(groupTargetWeeks))
                        .addValue("assessmentBreached", today.minusWeeks(assessmentTargetWeeks))
                        .addValue("groupDue", today.plusDays(TargetStatus.WARNING_DAYS).minusWeeks(groupTargetWeeks))
                        .addValue("assessmentDue", today.plusDays(TargetStatus.WARNING_DAYS)
                                .minusWeeks(assessmentTargetWeeks)), rs -> {
                    PathwayStage stage = PathwayStage.valueOf(rs.getString("stage"));
                    WaitingList list = Arrays.stream(WaitingList.values()).filter(l -> l.stages().contains(stage))
                            .findFirst().orElseThrow();
                    int[] sums = counts.computeIfAbsent(list, l -> new int[3]);
                    sums[0] += rs.getInt("waiting");
                    sums[1] += rs.getInt("breached");
                    sums[2] += rs.getInt("breached_or_due") - rs.getInt("breached");
                    LocalDate date = rs.getObject("oldest", LocalDate.class);
                    oldest.merge(list, date, (a, b) -> a.isBefore(b) ? a : b);
                });
        return Arrays.stream(WaitingList.values()).map(list -> {
            int[] sums = counts.getOrDefault(list, new int[3]);
            return new WaitingListFigures(list, sums[0], sums[1], sums[2], oldest.get(list));
        }).toList();
    }

    static TargetStatus statusOf(LocalDate targetDate, LocalDate today) {
        if (targetDate.isBefore(today)) {
            return TargetStatus.BREACHED;
        }
        return targetDate.isBefore(today.plusDays(TargetStatus.WARNING_DAYS)) ? TargetStatus.DUE_SOON
                : TargetStatus.ON_TRACK;
    }

    private static PathwayStage stage(String name) {
        return name == null ? null : PathwayStage.valueOf(name);
    }

    /** The WHERE clause of a waiting list; target states become referral-date ranges so indexes serve them. */
    private record Filter(long siteId, int targetWeeks, WaitingListQuery query, LocalDate today) {

        String where() {
            StringBuilder where = new StringBuilder(" where r.site_id = :site and r.stage in (:stages)");
            if (hasText()) {
                where.append(" and (p.nhs_number = :nhs or p.family_name like :like or p.given_name like :like"
                        + " or concat(p.given_name, ' ', p.family_name) like :like)");
            }
            if (query.target() != null) {
                where.append(switch (query.target()) {
                    case BREACHED -> " and r.referral_date < :breachedBefore";
                    case DUE_SOON -> " and r.referral_date >= :breachedBefore and r.referral_date < :onTrackFrom";
                    case ON_TRACK -> " and r.referral_date >= :onTrackFrom";
                });
            }
            return where.toString();
        }

        MapSqlParameterSource parameters() {
            LocalDate breachedBefore = today.minusWeeks(targetWeeks);
            String text = hasText() ? query.text().trim() : "";
            return new MapSqlParameterSource("site", siteId)
                    .addValue("stages", (query.stage() == null ? query.list().stages() : List.of(query.stage()))
                            .stream().map(Enum::name).toList())
                    .addValue("nhs", text.replaceAll("[\\s-]", ""))
                    .addValue("like", "%" + text.replace("%", "").replace("_", "") + "%")
                    .addValue("breachedBefore", breachedBefore)
                    .addValue("onTrackFrom", breachedBefore.plusDays(TargetStatus.WARNING_DAYS));
        }

        private boolean hasText() {
            return query.text() != null && !query.text().isBlank();
        }
    }
}
