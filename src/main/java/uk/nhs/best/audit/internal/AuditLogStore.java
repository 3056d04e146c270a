package uk.nhs.best.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEntry;
import uk.nhs.best.audit.AuditEvent;

/** Append and read, nothing else: the audit log has no update or delete. */
@Repository
public class AuditLogStore {

    private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
            (Long) rs.getObject("patient_id", Long.class), rs.getString("patient_name"), rs.getString("site_name"),
            rs.getString("details"));

    private final NamedParameterJdbcTemplate jdbc;

    AuditLogStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(Instant at, String actor, AuditEvent event) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, patient_id, site_id, details)
                values (:at, :actor, :action, :patient, :site, :details)""",
                new MapSqlParameterSource("at", Timestamp.from(at)).addValue("actor", actor)
                        .addValue("action", event.action().name()).addValue("patient", event.patientId())
                        .addValue("site", event.siteId()).addValue("details", event.details()));
    }

    /** Null sites: every site, and entries with no site. */
    public List<AuditEntry> page(Set<String> siteCodes, int offset, int limit) {
        if (siteCodes != null && siteCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select a.id, a.occurred_at, a.actor, a.action, a.patient_id, a.details,
                       concat(p.given_name, ' ', p.family_name) as patient_name, s.name as site_name
                from audit_event a
                left join patient p on p.id = a.patient_id
                left join site s on s.id = a.site_id
                """ + where(siteCodes) + " order by a.occurred_at desc, a.id desc limit :limit offset :offset",
                parameters(siteCodes).addValue("limit", limit).addValue("offset", offset), ENTRY);
    }

    public int count(Set<String> siteCodes) {
        if (siteCodes != null && siteCodes.isEmpty()) {
            return 0;
        }
        Integer count = jdbc.queryForObject("select count(*) from audit_event a left join site s on s.id = a.site_id "
                + where(siteCodes), parameters(siteCodes), Integer.class);
        return count == null ? 0 : count;
    }

    private static String where(Set<String> siteCodes) {
        return siteCodes == null ? "" : " where s.code in (:sites)";
    }

    private static MapSqlParameterSource parameters(Set<String> siteCodes) {
        return new MapSqlParameterSource("sites", siteCodes);
    }
}
