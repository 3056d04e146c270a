package uk.nhs.best.audit;

/**
 * Published by a feature when someone reads or changes a patient's data; the audit log writes it
 * in the same transaction, with who did it and when.
 *
 * @param patientId the patient concerned, or null
 * @param siteId    the site concerned, or null
 * @param details   a short plain-English note (no clinical free text beyond what is needed)
 */
public record AuditEvent(AuditAction action, Long patientId, Long siteId, String details) {
}
