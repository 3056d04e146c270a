package uk.nhs.best.messaging;

import java.util.List;

/**
 * Secure messaging between a patient and the care team of a site. A patient sees only their own
 * conversations, a clinician only those of their sites' patients; site managers and admins see
 * none. Everything else, for any conversation id, is refused the same way.
 */
public interface Conversations {

    int MAX_LENGTH = 5_000;
    int MAX_PER_MINUTE = 20;

    /** The signed-in patient's conversations, newest first. */
    List<ConversationSummary> mine();

    /** "the care team at Bedford": whom a patient's new conversation goes to. */
    String careTeam();

    /** A site's conversations for a clinician of the site, newest first. */
    List<ConversationSummary> inbox(String siteCode, InboxFilter filter);

    /** Opens a conversation and marks the other side's messages read; staff openings are audited. */
    Conversation open(long conversationId);

    /**
     * The conversation again, already open on the reader's screen (e.g. a message arrived): marks
     * the new messages read, and is no new opening for the audit log.
     */
    Conversation reload(long conversationId);

    /** Marks the other side's messages read. */
    void markRead(long conversationId);

    /** Whom a clinician's new conversation with the patient goes to: "Olivia Bennett at Bedford". */
    String recipient(long patientId);

    /**
     * @param idempotencyKey made once per compose by the screen: sending again with the same key
     *                       stores nothing new and returns the same conversation
     * @return the conversation's id
     */
    long startWithCareTeam(String subject, String text, String idempotencyKey);

    /** A clinician starts a conversation with a patient of one of their sites. */
    long startWithPatient(long patientId, String subject, String text, String idempotencyKey);

    void reply(long conversationId, String text, String idempotencyKey);

    /** Assigns the conversation to a clinician of its site; null takes the assignment away. */
    void assign(long conversationId, String clinicianUsername);

    /** Whom the conversation can be assigned to. */
    List<Clinician> clinicians(long conversationId);

    /** Unread messages for the signed-in patient, or for a clinician at the site. */
    int unreadCount(String siteCode);
}
