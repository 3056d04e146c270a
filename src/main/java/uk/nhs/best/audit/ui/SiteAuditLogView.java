package uk.nhs.best.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.audit.AuditLogQuery;
import uk.nhs.best.components.SiteMenu;

/** A site's audit log, for its site manager. */
@Route("sites/:site/audit")
@PageTitle("Audit log | BeST portal")
@SiteMenu(title = "Audit log", order = 90)
@RolesAllowed("SITE_MANAGER")
public class SiteAuditLogView extends Main implements BeforeEnterObserver {

    private final transient AuditLogQuery log;

    public SiteAuditLogView(AuditLogQuery log) {
        this.log = log;
        addClassName("audit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String siteCode = event.getRouteParameters().get("site").orElseThrow();
        removeAll();
        add(new H2("Audit log"), new Paragraph("Every opening of a patient record and every change at this site."),
                new AuditLogGrid(log, siteCode));
    }
}
