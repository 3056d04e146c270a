package uk.nhs.best.patientrecord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Period;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.patientrecord.PatientRecord;
import uk.nhs.best.patientrecord.PatientRecordService;
import uk.nhs.best.patientrecord.TimelineEntry;
import uk.nhs.best.patients.PatientDetails;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralSummary;

/** One patient: who they are, where they are on the pathway, and everything that happened. */
@Route("patients/:patientId")
@RolesAllowed("CLINICIAN")
public class PatientRecordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PatientRecordService records;
    private final transient ReferralDecisions decisions;
    private final transient Clock clock;
    private long patientId;
    private String title = "Patient record | BeST portal";

    public PatientRecordView(PatientRecordService records, ReferralDecisions decisions, Clock clock) {
        this.records = records;
        this.decisions = decisions;
        this.clock = clock;
        addClassName("patient-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = event.getRouteParameters().getLong("patientId").orElseThrow(NotFoundException::new);
        show(records.open(patientId));
    }

    private void show(PatientRecord record) {
        removeAll();
        PatientDetails patient = record.patient();
        title = patient.fullName() + " | BeST portal";
        int age = Period.between(patient.dateOfBirth(), ClinicTime.today(clock)).getYears();
        Div details = new Div(
                field("NHS number", patient.nhsNumber().formatted()),
                field("Date of birth", ClinicTime.formatDate(patient.dateOfBirth()) + " (" + age + ")"),
                field("Phone", patient.phone()),
                field("E-mail", patient.email()),
                field("Address", join(patient.addressLine(), patient.postcode())),
                field("Home site", record.homeSiteName()));
        details.addClassName("patient-details");

        Div stage = new Div();
        stage.setId("pathway-stage");
        stage.addClassName("pathway-stage");
        record.openReferral().ifPresentOrElse(referral -> {
            stage.add(new Paragraph(referral.stage().label() + " at " + referral.siteName() + " since "
                    + ClinicTime.formatDate(referral.stageChangedAt().atZone(ClinicTime.ZONE).toLocalDate())
                    + " (referred " + ClinicTime.formatDate(referral.referralDate()) + ")"));
            Button discharge = new Button("Discharge…", click -> new DischargeDialog(decisions, patient.fullName(),
                    referral, () -> show(records.open(patientId))).open());
            discharge.setId("discharge");
            stage.add(discharge);
        }, () -> stage.add(new Paragraph(record.referrals().isEmpty() ? "No referrals."
                : "No open referral: " + lastOutcome(record.referrals().getFirst()))));

        UnorderedList timeline = new UnorderedList();
        timeline.setId("timeline");
        timeline.addClassName("timeline");
        for (TimelineEntry entry : record.timeline()) {
            Span when = new Span(ClinicTime.DATE_TIME.format(entry.at().atZone(ClinicTime.ZONE)));
            when.addClassName("when");
            ListItem item = new ListItem(when, new Span(entry.title() + " (" + entry.siteName() + ")"));
            if (entry.detail() != null) {
                Span detail = new Span(entry.detail());
                detail.addClassName("detail");
                item.add(detail);
            }
            if (entry.by() != null) {
                Span by = new Span("by " + entry.by());
                by.addClassName("by");
                item.add(by);
            }
            timeline.add(item);
        }
        // The messaging feature's page, by its address: the record knows nothing of how messages are written.
        Button write = new Button("Start a conversation", click -> getUI().ifPresent(ui ->
                ui.navigate("patients/" + patient.id() + "/new-conversation")));
        write.setId("start-conversation");
        add(new H2(patient.fullName()), write, details, new H3("Pathway"), stage, new H3("Timeline"), timeline);
    }

    private static String lastOutcome(ReferralSummary referral) {
        return referral.stage().label() + " on "
                + ClinicTime.formatDate(referral.stageChangedAt().atZone(ClinicTime.ZONE).toLocalDate())
                + (referral.stageReason() == null ? "" : " (" + referral.stageReason() + ")");
    }

    private static Paragraph field(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("label");
        return new Paragraph(name, new Span(value == null || value.isBlank() ? "not recorded" : value));
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ", " + second;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
