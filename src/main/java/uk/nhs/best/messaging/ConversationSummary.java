package uk.nhs.best.messaging;

import java.time.Instant;

/**
 * One line of a list of conversations.
 *
 * @param unread     messages from the other side that nobody on the reader's side has read
 * @param assignedTo the clinician's name, or null
 */
public record ConversationSummary(long id, long patientId, String patientName, String siteName, String subject,
                                  Instant lastMessageAt, int unread, String assignedTo) {
}
