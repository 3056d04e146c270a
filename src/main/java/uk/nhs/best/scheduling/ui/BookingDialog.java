package uk.nhs.best.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.referrals.WaitingPatient;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.BookingOptions;
import uk.nhs.best.scheduling.BookingRequest;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.staff.ClinicianSummary;

/**
 * Booking an assessment at the time picked on the calendar: the site's patients awaiting
 * assessment (longest waiting first), the clinicians free and working then, the free rooms.
 */
class BookingDialog extends Dialog {

    final Select<WaitingPatient> patient = new Select<>();
    final Select<ClinicianSummary> clinician = new Select<>();
    final Select<RoomSummary> room = new Select<>();
    final IntegerField minutes = new IntegerField("Length (minutes)");
    final TextField override = new TextField("Reason to book outside working hours");

    BookingDialog(AssessmentBookings bookings, String siteCode, LocalDateTime start, int length, boolean manager,
                  Runnable afterBooking) {
        setHeaderTitle("Book an assessment");
        setId("booking-dialog");
        BookingOptions options = bookings.options(siteCode, start, length);
        patient.setLabel("Patient awaiting assessment");
        patient.setId("booking-patient");
        clinician.setId("booking-clinician");
        room.setId("booking-room");
        patient.setItems(options.patients());
        patient.setItemLabelGenerator(p -> p.patientName() + " · waiting " + p.weeksWaiting() + " weeks · "
                + p.nhsNumber().formatted());
        patient.setEmptySelectionAllowed(false);
        clinician.setLabel("Clinician");
        List<ClinicianSummary> clinicians = new ArrayList<>(options.clinicians());
        if (manager) {
            clinicians.addAll(options.outsideHours());
        }
        clinician.setItems(clinicians);
        clinician.setItemLabelGenerator(c -> c.name() + (options.outsideHours().contains(c) ? " (not working then)" : ""));
        room.setLabel("Room");
        room.setItems(options.rooms());
        room.setItemLabelGenerator(RoomSummary::name);
        minutes.setValue(length);
        minutes.setMin(5);
        minutes.setMax(240);
        minutes.setStep(5);
        override.setVisible(manager);
        override.setHelperText("Site managers only");
        Paragraph when = new Paragraph("Starts " + ClinicTime.DATE_TIME.format(start) + ".");
        if (options.patients().isEmpty()) {
            when.add(" Nobody at this site is waiting for an assessment.");
        }
        FormLayout form = new FormLayout(patient, clinician, room, minutes, override);
        add(when, form);

        Button book = new Button("Book", click -> {
            try {
                bookings.book(siteCode, new BookingRequest(
                        patient.getValue() == null ? 0 : patient.getValue().referralId(),
                        clinician.getValue() == null ? 0 : clinician.getValue().id(),
                        room.getValue() == null ? 0 : room.getValue().id(), start,
                        minutes.getValue() == null ? 0 : minutes.getValue(), override.getValue()));
                Feedback.done("Booked " + patient.getValue().patientName() + " with " + clinician.getValue().name()
                        + " at " + ClinicTime.DATE_TIME.format(start) + ".");
                close();
                afterBooking.run();
            } catch (InvalidInputException problems) {
                Feedback.showFieldErrors(Map.of("minutes", minutes), problems);
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("book-assessment");
        book.setEnabled(false);
        Runnable ready = () -> book.setEnabled(patient.getValue() != null && clinician.getValue() != null
                && room.getValue() != null);
        patient.addValueChangeListener(e -> ready.run());
        clinician.addValueChangeListener(e -> ready.run());
        room.addValueChangeListener(e -> ready.run());
        getFooter().add(new Button("Cancel", click -> close()), book);
    }
}
