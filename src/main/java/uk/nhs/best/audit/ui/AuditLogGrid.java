package uk.nhs.best.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import uk.nhs.best.audit.AuditEntry;
import uk.nhs.best.audit.AuditLogQuery;
import uk.nhs.best.common.ClinicTime;

/** The audit log, newest first, a page at a time. Read-only: there is nothing to edit. */
class AuditLogGrid extends Grid<AuditEntry> {

    AuditLogGrid(AuditLogQuery log, String siteCode) {
        super(AuditEntry.class, false);
        addClassName("audit-log");
        addColumn(e -> ClinicTime.DATE_TIME.format(e.occurredAt().atZone(ClinicTime.ZONE))).setHeader("When");
        addColumn(AuditEntry::actor).setHeader("Who");
        addColumn(e -> e.action().label()).setHeader("What").setFlexGrow(2);
        addColumn(e -> e.patientName() == null ? "" : e.patientName()).setHeader("Patient").setFlexGrow(2);
        addColumn(e -> e.siteName() == null ? "" : e.siteName()).setHeader("Site");
        addColumn(e -> e.details() == null ? "" : e.details()).setHeader("Details").setFlexGrow(3);
        setItems(query -> log.page(siteCode, query.getOffset(), query.getLimit()).stream(),
                query -> log.count(siteCode));
        setEmptyStateText("Nothing recorded yet.");
    }
}
