package uk.nhs.best.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.nhs.best.messaging.Clinician;
import uk.nhs.best.messaging.InboxFilter;

/**
 * Conversations, messages and read receipts in SQL. Messages are only ever inserted (the
 * database refuses updates and deletes); texts arrive and leave sealed. Reads join the patient,
 * site, referral and account tables they need to show (decision 0005).
 */
@Repository
class MessageStore {

    /** A conversation as the rules need it. */
    record ConversationRow(long id, long patientId, String patientName, long siteId, String siteCode, String siteName,
                           MessageCipher.Sealed subject, String assignedTo, int closeDays) {
    }

    record MessageRow(long id, Instant sentAt, String sender, String senderName, boolean fromPatient,
                      MessageCipher.Sealed body, Instant readAt, String readBy) {
    }

    record ListRow(long id, long patientId, String patientName, String siteName, MessageCipher.Sealed subject,
                   Instant lastMessageAt, int unread, String assignedTo) {
    }

    record Sent(long messageId, long conversationId, String sender) {
    }

    /** The patient's latest referral at a site, for the closing rule. */
    record LatestReferral(String stage, Instant stageChangedAt) {
    }

    private static final String CONVERSATION = """
            select c.id, c.patient_id, concat(p.given_name, ' ', p.family_name) patient_name, c.site_id, s.code,
                   s.name site_name, c.subject_key_id, c.subject, c.assigned_to, s.conversation_close_days
            from conversation c join patient p on p.id = c.patient_id join site s on s.id = c.site_id
            where c.id = :id
            """;

    // Unread for the reader's side: messages from the other side without a receipt.
    private static final String LIST = """
            select c.id, c.patient_id, concat(p.given_name, ' ', p.family_name) patient_name, s.name site_name,
                   c.subject_key_id, c.subject, c.last_message_at, a.display_name assigned_name,
                   (select count(*) from message m where m.conversation_id = c.id and m.from_patient = :fromOther
                        and not exists (select 1 from message_read r where r.message_id = m.id)) unread
            from conversation c join patient p on p.id = c.patient_id join site s on s.id = c.site_id
                 left join user_account a on a.username = c.assigned_to
            """;

    private final NamedParameterJdbcTemplate jdbc;

    MessageStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertConversation(long patientId, long siteId, MessageCipher.Sealed subject, String startedBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into conversation (patient_id, site_id, subject_key_id, subject, started_by, started_at, "
                + "last_message_at) values (:patient, :site, :keyId, :subject, :by, :at, :at)", new MapSqlParameterSource()
                .addValue("patient", patientId).addValue("site", siteId).addValue("keyId", subject.keyId())
                .addValue("subject", subject.data()).addValue("by", startedBy).addValue("at", Timestamp.from(at)),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    long insertMessage(long conversationId, Instant at, String sender, String senderName, boolean fromPatient,
                       MessageCipher.Sealed body, String idempotencyKey) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        MapSqlParameterSource values = new MapSqlParameterSource().addValue("conversation", conversationId)
                .addValue("at", Timestamp.from(at)).addValue("sender", sender).addValue("name", senderName)
                .addValue("fromPatient", fromPatient).addValue("keyId", body.keyId()).addValue("body", body.data())
                .addValue("key", idempotencyKey);
        jdbc.update("insert into message (conversation_id, sent_at, sender, sender_name, from_patient, key_id, body, "
                + "idempotency_key) values (:conversation, :at, :sender, :name, :fromPatient, :keyId, :body, :key)",
                values, key, new String[] {"id"});
        jdbc.update("update conversation set last_message_at = :at where id = :conversation", values);
        return key.getKey().longValue();
    }

    Optional<Sent> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.query("select id, conversation_id, sender from message where idempotency_key = :key",
                new MapSqlParameterSource("key", idempotencyKey),
                (rs, row) -> new Sent(rs.getLong("id"), rs.getLong("conversation_id"), rs.getString("sender")))
                .stream().findFirst();
    }

    int sentSince(String sender, Instant since) {
        Integer count = jdbc.queryForObject("select count(*) from message where sender = :sender and sent_at > :since",
                new MapSqlParameterSource("sender", sender).addValue("since", Timestamp.from(since)), Integer.class);
        return count == null ? 0 : count;
    }

    Optional<ConversationRow> conversation(long id) {
        return jdbc.query(CONVERSATION, new MapSqlParameterSource("id", id), (rs, row) -> new ConversationRow(
                rs.getLong("id"), rs.getLong("patient_id"), rs.getString("patient_name"), rs.getLong("site_id"),
                rs.getString("code"), rs.getString("site_name"), sealed(rs, "subject_key_id", "subject"),
                rs.getString("assigned_to"), rs.getInt("conversation_close_days"))).stream().findFirst();
    }

    List<MessageRow> messages(long conversationId) {
        return jdbc.query("""
                select m.id, m.sent_at, m.sender, m.sender_name, m.from_patient, m.key_id, m.body, r.read_at,
                       r.read_by_name
                from message m left join message_read r on r.message_id = m.id
                where m.conversation_id = :id order by m.id
                """, new MapSqlParameterSource("id", conversationId), (rs, row) -> new MessageRow(rs.getLong("id"),
                rs.getTimestamp("sent_at").toInstant(), rs.getString("sender"), rs.getString("sender_name"),
                rs.getBoolean("from_patient"), sealed(rs, "key_id", "body"),
                rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant(),
                rs.getString("read_by_name")));
    }

    /** Receipts for the other side's unread messages; returns how many were marked. */
    int markRead(long conversationId, boolean readerIsPatient, String reader, String readerName, Instant at) {
        // "ignore": two readers at once both try; the first receipt stands.
        return jdbc.update("""
                insert ignore into message_read (message_id, read_at, read_by, read_by_name)
                select m.id, :at, :reader, :name from message m
                where m.conversation_id = :id and m.from_patient = :fromOther
                  and not exists (select 1 from message_read r where r.message_id = m.id)
                """, new MapSqlParameterSource("id", conversationId).addValue("at", Timestamp.from(at))
                .addValue("reader", reader).addValue("name", readerName).addValue("fromOther", !readerIsPatient));
    }

    List<ListRow> ofPatient(long patientId) {
        return jdbc.query(LIST + " where c.patient_id = :patient order by c.last_message_at desc, c.id desc",
                new MapSqlParameterSource("patient", patientId).addValue("fromOther", false), MessageStore::listRow);
    }

    List<ListRow> ofSite(String siteCode, InboxFilter filter, String clinician) {
        String where = switch (filter) {
            case ALL -> "";
            case ASSIGNED_TO_ME -> " and c.assigned_to = :me";
            case UNREAD -> " and exists (select 1 from message m where m.conversation_id = c.id and m.from_patient "
                    + "and not exists (select 1 from message_read r where r.message_id = m.id))";
        };
        return jdbc.query(LIST + " where s.code = :site" + where + " order by c.last_message_at desc, c.id desc",
                new MapSqlParameterSource("site", siteCode).addValue("fromOther", true).addValue("me", clinician),
                MessageStore::listRow);
    }

    int unreadForPatient(long patientId) {
        return count("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.patient_id = :id and not m.from_patient
                  and not exists (select 1 from message_read r where r.message_id = m.id)
                """, patientId);
    }

    int unreadAtSite(long siteId) {
        return count("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.site_id = :id and m.from_patient
                  and not exists (select 1 from message_read r where r.message_id = m.id)
                """, siteId);
    }

    /** Active clinicians of the site who can sign in, by name. */
    List<Clinician> clinicians(long siteId) {
        return jdbc.query("""
                select a.username, a.display_name from user_account a
                join staff_site_membership m on m.staff_id = a.staff_id and m.site_role = 'CLINICIAN'
                join staff_member st on st.id = a.staff_id
                where m.site_id = :site and a.enabled and st.active order by a.display_name
                """, new MapSqlParameterSource("site", siteId),
                (rs, row) -> new Clinician(rs.getString("username"), rs.getString("display_name")));
    }

    void assign(long conversationId, String username) {
        jdbc.update("update conversation set assigned_to = :who where id = :id",
                new MapSqlParameterSource("id", conversationId).addValue("who", username));
    }

    Optional<LatestReferral> latestReferral(long patientId, long siteId) {
        return jdbc.query("select stage, stage_changed_at from referral where patient_id = :patient and site_id = :site "
                + "order by referral_date desc, id desc limit 1",
                new MapSqlParameterSource("patient", patientId).addValue("site", siteId),
                (rs, row) -> new LatestReferral(rs.getString("stage"), rs.getTimestamp("stage_changed_at").toInstant()))
                .stream().findFirst();
    }

    int closeDays(long siteId) {
        return count("select conversation_close_days from site where id = :id", siteId);
    }

    private int count(String sql, long id) {
        Integer count = jdbc.queryForObject(sql, new MapSqlParameterSource("id", id), Integer.class);
        return count == null ? 0 : count;
    }

    private static ListRow listRow(ResultSet rs, int row) throws SQLException {
        return new ListRow(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("patient_name"),
                rs.getString("site_name"), sealed(rs, "subject_key_id", "subject"),
                rs.getTimestamp("last_message_at").toInstant(), rs.getInt("unread"), rs.getString("assigned_name"));
    }

    private static MessageCipher.Sealed sealed(ResultSet rs, String keyColumn, String dataColumn) throws SQLException {
        return new MessageCipher.Sealed(rs.getString(keyColumn), rs.getBytes(dataColumn));
    }
}
