package uk.nhs.best.groups.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.components.DateFields;
import uk.nhs.best.components.Feedback;
import uk.nhs.best.groups.GroupProgrammes;
import uk.nhs.best.groups.ProgrammePlan;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.groups.ProposedSession;
import uk.nhs.best.groups.SeriesProposal;
import uk.nhs.best.scheduling.CalendarSetup;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.staff.ClinicianSummary;

/**
 * Planning a programme: room, facilitators, first date, weekday and time. "Check dates" shows the
 * 6 sessions with bank holiday moves and anything that stops them being booked; "Book programme"
 * books what was checked, and only when nothing stands in the way.
 */
class PlanProgrammeDialog extends Dialog {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    final Select<RoomSummary> room = new Select<>();
    final MultiSelectComboBox<ClinicianSummary> facilitators = new MultiSelectComboBox<>("Facilitators");
    final DatePicker firstDate = DateFields.datePicker("First date");
    final Select<DayOfWeek> day = new Select<>();
    final TimePicker startTime = new TimePicker("Start time");
    final Div proposal = new Div();
    final Button check = new Button("Check dates");
    final Button book = new Button("Book programme");
    private final transient GroupProgrammes programmes;
    private final String siteCode;

    PlanProgrammeDialog(GroupProgrammes programmes, CalendarSetup setup, String siteCode,
                        Consumer<ProgrammeSummary> afterBooking) {
        this.programmes = programmes;
        this.siteCode = siteCode;
        setHeaderTitle("Plan a group programme");
        setId("plan-dialog");
        setWidth("44rem");
        room.setLabel("Room");
        room.setId("plan-room");
        room.setItems(setup.rooms());
        room.setItemLabelGenerator(RoomSummary::name);
        facilitators.setId("plan-facilitators");
        facilitators.setItems(setup.clinicians());
        facilitators.setItemLabelGenerator(ClinicianSummary::name);
        facilitators.setHelperText("One or two clinicians");
        firstDate.setId("plan-first-date");
        day.setLabel("Weekday");
        day.setId("plan-day");
        day.setItems(WEEKDAYS);
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, ClinicTime.LOCALE));
        startTime.setId("plan-start-time");
        startTime.setLocale(ClinicTime.LOCALE);
        startTime.setStep(Duration.ofMinutes(15));
        startTime.setHelperText("Sessions last 90 minutes");
        proposal.setId("proposal");
        proposal.addClassName("proposal");

        firstDate.addValueChangeListener(change -> {
            if (change.getValue() != null && WEEKDAYS.contains(change.getValue().getDayOfWeek())) {
                day.setValue(change.getValue().getDayOfWeek());
            }
        });
        // What was checked is what gets booked: any change asks for a new check.
        room.addValueChangeListener(change -> stale());
        facilitators.addValueChangeListener(change -> stale());
        firstDate.addValueChangeListener(change -> stale());
        day.addValueChangeListener(change -> stale());
        startTime.addValueChangeListener(change -> stale());

        add(new FormLayout(room, facilitators, firstDate, day, startTime), proposal);

        check.setId("check-dates");
        check.addClickListener(click -> checkDates());
        book.setId("book-programme");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setEnabled(false);
        book.addClickListener(click -> {
            try {
                ProgrammeSummary planned = programmes.plan(siteCode, plan());
                Feedback.done("Booked " + planned.name() + " in " + planned.roomName() + ": 6 sessions.");
                close();
                afterBooking.accept(planned);
            } catch (InvalidInputException problems) {
                Feedback.showFieldErrors(fields(), problems);
                book.setEnabled(false);
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
                // Someone may have booked the time meanwhile: show the dates as they are now.
                checkDates();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), check, book);
    }

    private ProgrammePlan plan() {
        List<Long> ids = facilitators.getValue().stream().map(ClinicianSummary::id).toList();
        return new ProgrammePlan(room.getValue() == null ? null : room.getValue().id(), ids, firstDate.getValue(),
                day.getValue(), startTime.getValue());
    }

    void checkDates() {
        Feedback.clearFieldErrors(fields());
        proposal.removeAll();
        book.setEnabled(false);
        try {
            show(programmes.propose(siteCode, plan()));
        } catch (InvalidInputException problems) {
            Feedback.showFieldErrors(fields(), problems);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
    }

    private void show(SeriesProposal series) {
        Paragraph name = new Paragraph(series.name() + " · " + series.minSize() + " to " + series.maxSize()
                + " patients");
        name.setId("proposal-name");
        UnorderedList sessions = new UnorderedList();
        sessions.setId("proposed-sessions");
        for (ProposedSession session : series.sessions()) {
            ListItem item = new ListItem(new Span("Session " + session.number() + ": "
                    + ClinicTime.DATE_TIME.format(session.start()) + "–" + ClinicTime.TIME.format(session.end())));
            if (session.note() != null) {
                Span note = new Span(" " + session.note());
                note.addClassName("session-note");
                item.add(note);
            }
            for (String problem : session.problems()) {
                Span shown = new Span(" " + problem);
                shown.addClassName("problem");
                item.add(shown);
            }
            sessions.add(item);
        }
        proposal.add(name, sessions);
        if (!series.bookable()) {
            Paragraph blocked = new Paragraph("These dates can't be booked: change the time, the day, the room or "
                    + "the facilitators, and check again.");
            blocked.addClassName("problem");
            blocked.setId("not-bookable");
            proposal.add(blocked);
        }
        book.setEnabled(series.bookable());
    }

    private void stale() {
        book.setEnabled(false);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("room", room, "facilitators", facilitators, "firstDate", firstDate, "day", day,
                "startTime", startTime);
    }
}
