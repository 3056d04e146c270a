package uk.nhs.best.mycare.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.mycare.MyCare;
import uk.nhs.best.mycare.MyCareService;

@Route("my-care")
@PageTitle("My care | BeST portal")
@Menu(title = "My care", order = 0)
@RolesAllowed("PATIENT")
public class MyCareView extends Main {

    public MyCareView(MyCareService service) {
        addClassName("my-care");
        MyCare care = service.myCare();
        add(new H2("My care"),
                new Paragraph("Hello " + care.patientName() + ". This is your Back Skills Training programme at "
                        + care.siteName() + "."),
                appointments(care),
                section("messages", "Messages",
                        "Write to your care team, and read their replies, under Messages."));
    }

    private static Section appointments(MyCare care) {
        if (care.appointments().isEmpty()) {
            return section("appointments", "My appointments", "You have no appointments booked yet. When the team "
                    + "books your assessment or group sessions, they will appear here with the date, time and place.");
        }
        UnorderedList list = new UnorderedList();
        care.appointments().forEach(a -> list.add(new ListItem("Assessment on "
                + a.start().format(DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy 'at' HH:mm", ClinicTime.LOCALE))
                + " with " + a.clinicianName() + ", " + a.roomName() + ", " + a.siteName()
                + " (about " + Duration.between(a.start(), a.end()).toMinutes() + " minutes)")));
        Section section = new Section(new H3("My appointments"), list);
        section.setId("appointments");
        section.addClassName("my-care-section");
        return section;
    }

    private static Section section(String id, String heading, String text) {
        Section section = new Section(new H3(heading), new Paragraph(text));
        section.setId(id);
        section.addClassName("my-care-section");
        return section;
    }
}
