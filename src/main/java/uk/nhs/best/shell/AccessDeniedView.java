package uk.nhs.best.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of any page the user may not open: another site's pages, a staff page for a
 * patient, an admin page for a clinician. It says so plainly and shows none of the page's data.
 */
@PageTitle("No access | BeST portal")
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        render(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    static void render(Main view) {
        view.removeAll();
        view.setId("access-denied");
        view.add(new H2("You don't have access to this page"),
                new Paragraph("This page belongs to a site or role that your account doesn't have. "
                        + "If you think you should see it, ask your site manager."),
                new Anchor("", "Go to your home page"));
    }
}
