package uk.nhs.best.messaging;

import java.util.List;

/**
 * A conversation opened by someone allowed to see it.
 *
 * @param messages      oldest first
 * @param assignedTo    the assigned clinician's username, or null
 * @param closedReason  why no reply can be sent any more, or null while it is open
 */
public record Conversation(long id, long patientId, String patientName, String siteCode, String siteName,
                           String subject, String assignedTo, List<Message> messages, String closedReason) {
}
