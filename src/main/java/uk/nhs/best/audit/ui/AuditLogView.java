package uk.nhs.best.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.audit.AuditLogQuery;

/** Every site's audit log, for admins. */
@Route("audit")
@PageTitle("Audit log | BeST portal")
@Menu(title = "Audit log", order = 20)
@RolesAllowed("ADMIN")
public class AuditLogView extends Main {

    public AuditLogView(AuditLogQuery log) {
        addClassName("audit-view");
        add(new H2("Audit log"), new Paragraph("Every opening of a patient record and every change, at every site."),
                new AuditLogGrid(log, null));
    }
}
