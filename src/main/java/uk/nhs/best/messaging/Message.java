package uk.nhs.best.messaging;

import java.time.Instant;

/**
 * A message as sent, with its read receipt.
 *
 * @param fromPatient who wrote it: the patient, or someone of the care team
 * @param readAt      when the other side first opened it, or null
 * @param readBy      who on the other side opened it, or null
 */
public record Message(long id, Instant sentAt, String senderName, boolean fromPatient, String text, Instant readAt,
                      String readBy) {
}
