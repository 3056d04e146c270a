package uk.nhs.best.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.scheduling.AssessmentBookings;
import uk.nhs.best.scheduling.ScheduledAssessment;
import uk.nhs.best.support.BrowserlessUiTest;
import uk.nhs.best.support.TestReferrals;

class SiteCalendarUiTest extends BrowserlessUiTest {

    @Autowired
    TestReferrals referrals;

    @Autowired
    ReferralQueries referralQueries;

    @Autowired
    AssessmentBookings bookings;

    // Far enough ahead to stay clear of other tests' bookings.
    final ZonedDateTime start = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
            .plusWeeks(40).atTime(LocalTime.of(11, 0)).atZone(ClinicTime.ZONE);

    @Test
    void bookingFromAFreeSlotAndCancellingFromTheAssessment() {
        long referralId = referrals.awaitingAssessment("amira.khan", "bedford", "Calendar",
                LocalDate.now().minusDays(60)).id();
        logInAs("tom.hughes");
        navigateTo("sites/bedford/calendar");
        SiteCalendarView view = _get(SiteCalendarView.class);

        view.openBooking(start, 60);
        BookingDialog dialog = _get(BookingDialog.class);
        assertThat(dialog.patient.getListDataView().getItems().map(p -> p.patientName()))
                .contains("Test Calendar");
        assertThat(dialog.clinician.getListDataView().getItems().map(c -> c.name()))
                .as("only clinicians working then").contains("Tom Hughes", "Amira Khan").doesNotContain("Priya Patel");
        _setValue(dialog.patient, dialog.patient.getListDataView().getItems()
                .filter(p -> p.referralId() == referralId).findFirst().orElseThrow());
        _setValue(dialog.clinician, dialog.clinician.getListDataView().getItems()
                .filter(c -> c.name().equals("Tom Hughes")).findFirst().orElseThrow());
        _setValue(dialog.room, dialog.room.getListDataView().getItems()
                .filter(r -> r.name().equals("Assessment room A")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("book-assessment")));

        NotificationsKt.expectNotifications("Booked Test Calendar with Tom Hughes at "
                + ClinicTime.DATE_TIME.format(start) + ".");
        assertThat(referralQueries.referral(referralId).orElseThrow().stage()).isEqualTo(PathwayStage.ASSESSMENT_BOOKED);

        ScheduledAssessment booked = bookings.between("bedford", start, start.plusHours(1)).stream()
                .filter(a -> a.referralId() == referralId).findFirst().orElseThrow();
        view.open(booked);
        _click(_get(Button.class, spec -> spec.withId("patient-cancelled")));
        assertThat(_get(AssessmentDialog.class).reason.getErrorMessage()).isEqualTo("Say why the assessment is cancelled.");
        _setValue(_get(AssessmentDialog.class).reason, "Away on holiday");
        _click(_get(Button.class, spec -> spec.withId("patient-cancelled")));
        assertThat(referralQueries.referral(referralId).orElseThrow().stage()).isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
    }

    @Test
    void anotherSitesClinicianCannotOpenTheCalendar() {
        logInAs("priya.patel");
        navigateTo("sites/bedford/calendar");
        assertThat(_get(Main.class, spec -> spec.withId("access-denied")).getElement().getTextRecursively())
                .contains("You don't have access to this page");
    }
}
