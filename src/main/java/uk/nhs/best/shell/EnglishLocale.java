package uk.nhs.best.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.best.common.ClinicTime;

/** Every screen speaks en-GB (dd/MM/yyyy, weeks from Monday), whatever the browser asks for. */
@Component
class EnglishLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(ClinicTime.LOCALE));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(ClinicTime.LOCALE));
    }
}
