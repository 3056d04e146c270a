package uk.nhs.best.audit;

import java.time.Instant;

/** One line of the audit log as people read it. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, Long patientId,
                         String patientName, String siteName, String details) {
}
