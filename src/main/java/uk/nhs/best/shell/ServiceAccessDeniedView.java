package uk.nhs.best.shell;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** The same page when a service, rather than the router, refuses the request. */
@PageTitle("No access | BeST portal")
@ParentLayout(MainLayout.class)
@PermitAll
public class ServiceAccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AccessDeniedView.render(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
