package uk.nhs.best.referrals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.DateFields;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.patients.NewPatient;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.patients.PatientSummary;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.referrals.ReferralForm;
import uk.nhs.best.referrals.ReferralIntake;

/**
 * Recording a GP referral: find the patient by NHS number or name (a known patient is linked,
 * never registered twice), or register them, then the referral itself.
 */
@Route("sites/:site/referrals/new")
@PageTitle("New referral | BeST portal")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
@SiteMenu(title = "New referral", order = 20)
public class ReferralIntakeView extends Main implements BeforeEnterObserver {

    private final transient ReferralIntake intake;
    private final transient Clock clock;
    private String siteCode;

    private final ComboBox<PatientSummary> search = new ComboBox<>("Find a patient by name or NHS number");
    private final TextField nhsNumber = new TextField("NHS number");
    private final Paragraph knownPatient = new Paragraph();
    private final TextField givenName = new TextField("First name");
    private final TextField familyName = new TextField("Last name");
    private final DatePicker dateOfBirth = DateFields.datePicker("Date of birth");
    private final TextField phone = new TextField("Phone");
    private final EmailField email = new EmailField("E-mail");
    private final TextField addressLine = new TextField("Address");
    private final TextField postcode = new TextField("Postcode");
    private final FormLayout newPatient = new FormLayout(givenName, familyName, dateOfBirth, phone, email, addressLine,
            postcode);
    private final TextField gpPractice = new TextField("Referring GP practice");
    private final DatePicker referralDate = DateFields.datePicker("Referral date");
    private final TextArea reason = new TextArea("Reason for referral");
    private final TextArea notes = new TextArea("Notes");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public ReferralIntakeView(ReferralIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
        addClassName("referral-intake");
        fields.put("nhsNumber", nhsNumber);
        fields.put("givenName", givenName);
        fields.put("familyName", familyName);
        fields.put("dateOfBirth", dateOfBirth);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("postcode", postcode);
        fields.put("gpPractice", gpPractice);
        fields.put("referralDate", referralDate);
        fields.put("reason", reason);
        fields.put("notes", notes);
        fields.forEach((name, field) -> ((Component) field).setId(name));

        search.setItemLabelGenerator(p -> p.fullName() + " · " + p.nhsNumber().formatted() + " · born "
                + ClinicTime.formatDate(p.dateOfBirth()));
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                nhsNumber.setValue(event.getValue().nhsNumber().formatted());
            }
        });
        nhsNumber.setRequiredIndicatorVisible(true);
        nhsNumber.setHelperText("10 digits; spaces are fine");
        nhsNumber.setValueChangeMode(ValueChangeMode.LAZY);
        nhsNumber.addValueChangeListener(event -> lookUp(event.getValue()));
        knownPatient.setId("known-patient");
        knownPatient.addClassName("known-patient");
        knownPatient.setVisible(false);
        newPatient.setVisible(false);
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);
        gpPractice.setRequiredIndicatorVisible(true);
        referralDate.setRequiredIndicatorVisible(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        notes.setMaxLength(4000);
        FormLayout referral = new FormLayout(gpPractice, referralDate, reason, notes);
        referral.setColspan(reason, 2);
        referral.setColspan(notes, 2);

        Button save = new Button("Record referral", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.setId("record-referral");
        FormLayout lookup = new FormLayout(search, nhsNumber);
        Div patient = new Div(new H3("Patient"), lookup, knownPatient, newPatient);
        add(new H2("Record a GP referral"), patient, new H3("Referral"), referral, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        search.setItems(query -> intake.findPatients(siteCode, query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        referralDate.setMax(ClinicTime.today(clock));
    }

    /** A known NHS number shows who will be linked; an unknown valid one asks for the new patient. */
    private void lookUp(String typed) {
        if (NhsNumber.problemWith(typed) != null) {
            knownPatient.setVisible(false);
            newPatient.setVisible(false);
            return;
        }
        nhsNumber.setInvalid(false);
        Optional<PatientSummary> known = intake.findByNhsNumber(siteCode, typed);
        knownPatient.setVisible(known.isPresent());
        newPatient.setVisible(known.isEmpty());
        known.ifPresent(p -> knownPatient.setText("Known patient: " + p.fullName() + ", born "
                + ClinicTime.formatDate(p.dateOfBirth()) + ". The referral will be added to their record."));
    }

    private void save() {
        Feedback.clearFieldErrors(fields);
        NewPatient patient = new NewPatient(nhsNumber.getValue(), givenName.getValue(), familyName.getValue(),
                dateOfBirth.getValue(), phone.getValue(), email.getValue(), addressLine.getValue(), postcode.getValue());
        try {
            RecordedReferral recorded = intake.record(siteCode, new ReferralForm(patient, gpPractice.getValue(),
                    referralDate.getValue(), reason.getValue(), notes.getValue()));
            Feedback.done("Referral recorded for " + recorded.patient().fullName()
                    + (recorded.existingPatient() ? " (existing patient)" : " (new patient)")
                    + ". It is now waiting for screening.");
            clear();
        } catch (InvalidInputException problems) {
            Feedback.showFieldErrors(fields, problems);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
    }

    private void clear() {
        search.clear();
        nhsNumber.clear();
        givenName.clear();
        familyName.clear();
        dateOfBirth.clear();
        phone.clear();
        email.clear();
        addressLine.clear();
        postcode.clear();
        gpPractice.clear();
        referralDate.clear();
        reason.clear();
        notes.clear();
        Feedback.clearFieldErrors(fields);
    }
}
