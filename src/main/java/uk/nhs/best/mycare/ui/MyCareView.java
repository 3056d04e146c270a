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
import uk.nhs.best.groups.MyProgramme;
import uk.nhs.best.mycare.MyCare;
import uk.nhs.best.mycare.MyCareService;

@Route("my-care")
@PageTitle("My care | BeST portal")
@Menu(title = "My care", order = 0)
@RolesAllowed("PATIENT")
public class MyCareView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy 'at' HH:mm",
            ClinicTime.LOCALE);

    public MyCareView(MyCareService service) {
        addClassName("my-care");
        MyCare care = service.myCare();
        add(new H2("My care"),
                new Paragraph("Hello " + care.patientName() + ". This is your Back Skills Training programme at "
                        + care.siteName() + "."),
                appointments(care),
                programme(care),
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
                + a.start().format(WHEN)
                + " with " + a.clinicianName() + ", " + a.roomName() + ", " + a.siteName()
                + " (about " + Duration.between(a.start(), a.end()).toMinutes() + " minutes)")));
        Section section = new Section(new H3("My appointments"), list);
        section.setId("appointments");
        section.addClassName("my-care-section");
        return section;
    }

    private static Section programme(MyCare care) {
        if (care.programme().isEmpty()) {
            return section("programme", "My group programme", "Once your assessment shows the group programme suits "
                    + "you, the team will place you in a group and its 6 weekly sessions will appear here.");
        }
        MyProgramme programme = care.programme().get();
        String intro = switch (programme.status()) {
            case ENROLLED -> "You have a place in the group " + programme.name() + " at " + programme.siteName()
                    + ", " + programme.roomName() + ". Its sessions last about 90 minutes:";
            case OFFERED -> "A place has come free for you in the group " + programme.name() + " at "
                    + programme.siteName() + ". The team will call you to confirm. Its sessions:";
            default -> "You are on the waiting list for the group " + programme.name() + " at "
                    + programme.siteName() + ". If a place comes free, the team will offer it to you. Its sessions:";
        };
        UnorderedList dates = new UnorderedList();
        programme.sessions().forEach(s -> dates.add(new ListItem("Session " + s.number() + ": "
                + s.start().format(WHEN))));
        Section section = new Section(new H3("My group programme"), new Paragraph(intro), dates);
        section.setId("programme");
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
