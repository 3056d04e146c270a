package uk.nhs.best.referrals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.support.BrowserlessUiTest;
import uk.nhs.best.support.TestReferrals;

class ReferralScreensUiTest extends BrowserlessUiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestReferrals referrals;

    @Test
    void recordingAReferralForANewPatientFromTheIntakeForm() {
        logInAs("manager.bedford");
        navigateTo("sites/bedford/referrals/new");
        String nhs = TestReferrals.newNhsNumber();
        _setValue(field("NHS number"), nhs);
        assertThat(field("First name").isVisible()).as("an unknown NHS number asks for the new patient").isTrue();
        _setValue(field("First name"), "Uma");
        _setValue(field("Last name"), "Screens");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date of birth")), LocalDate.of(1981, 3, 9));
        _setValue(field("Referring GP practice"), "Kingfisher Practice");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Referral date")), LocalDate.now().minusDays(2));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reason for referral")), "Back pain 4 months");
        _click(_get(Button.class, spec -> spec.withId("record-referral")));

        NotificationsKt.expectNotifications("Referral recorded for Uma Screens (new patient). It is now waiting "
                + "for screening.");
        assertThat(jdbc.queryForObject("select r.stage from referral r join patient p on p.id = r.patient_id "
                + "where p.nhs_number = ?", String.class, nhs)).isEqualTo("AWAITING_SCREENING");
        assertThat(field("NHS number").getValue()).as("the form is cleared for the next referral").isEmpty();
    }

    @Test
    void mistakesAreShownNextToTheirFieldsAndNothingIsSaved() {
        logInAs("amira.khan");
        navigateTo("sites/bedford/referrals/new");
        int referralsBefore = jdbc.queryForObject("select count(*) from referral", Integer.class);
        _setValue(field("NHS number"), "943 476 5918");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Referral date")), LocalDate.now().plusDays(3));
        _click(_get(Button.class, spec -> spec.withId("record-referral")));

        assertThat(field("NHS number").isInvalid()).isTrue();
        assertThat(field("NHS number").getErrorMessage())
                .isEqualTo("This is not a valid NHS number: check it for a mistyped digit.");
        DatePicker referralDate = _get(DatePicker.class, spec -> spec.withLabel("Referral date"));
        assertThat(referralDate.getErrorMessage()).isEqualTo("The referral date cannot be in the future.");
        assertThat(field("Referring GP practice").getErrorMessage()).isEqualTo("Enter the referring GP practice.");
        assertThat(jdbc.queryForObject("select count(*) from referral", Integer.class)).isEqualTo(referralsBefore);
    }

    @Test
    void aKnownNhsNumberShowsWhoTheReferralWillBeLinkedTo() {
        var known = referrals.record("amira.khan", "bedford", "Known", LocalDate.now().minusDays(40));
        logInAs("tom.hughes");
        navigateTo("sites/bedford/referrals/new");
        _setValue(field("NHS number"), known.patient().nhsNumber().formatted());
        Paragraph note = _get(Paragraph.class, spec -> spec.withId("known-patient"));
        assertThat(note.getText()).startsWith("Known patient: Test Known, born 17/05/1970.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("First name"))).isEmpty();
    }

    @Test
    void screeningAReferralFromTheQueue() {
        var recorded = referrals.record("amira.khan", "bedford", "Queue", LocalDate.now().minusYears(1));
        logInAs("amira.khan");
        navigateTo("sites/bedford/screening");
        @SuppressWarnings("unchecked")
        Grid<WaitingPatient> queue = _get(Grid.class);
        WaitingPatient first = GridKt._get(queue, 0);
        assertThat(first.referralId()).as("the oldest referral is first").isEqualTo(recorded.referralId());

        GridKt._clickItem(queue, 0);
        _click(_get(Button.class, spec -> spec.withId("reject-referral")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason or note"));
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the referral is rejected.");

        _click(_get(Button.class, spec -> spec.withId("accept-referral")));
        NotificationsKt.expectNotifications("The referral was accepted: the patient is now awaiting assessment.");
        assertThat(GridKt._size(queue) == 0 || GridKt._get(queue, 0).referralId() != recorded.referralId())
                .as("the accepted referral has left the queue").isTrue();
    }

    @Test
    void waitingListsHighlightBreachesAndFilter() {
        logInAs("manager.bedford");
        navigateTo("sites/bedford/waiting-lists");
        List<String> tabs = _find(Tab.class).stream().map(Tab::getLabel).toList();
        assertThat(tabs).hasSize(3).allMatch(label -> label.matches(".+ \\(\\d+\\)"));
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-awaiting-group")));
        @SuppressWarnings("unchecked")
        Select<TargetStatus> target = _get(Select.class);
        _setValue(target, TargetStatus.BREACHED);
        @SuppressWarnings("unchecked")
        Grid<WaitingPatient> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(GridKt._get(grid, 0).targetStatus()).isEqualTo(TargetStatus.BREACHED);
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "target")).getText()).isEqualTo("Target breached");
        assertThat(grid.getPartNameGenerator().apply(GridKt._get(grid, 0))).as("the row is highlighted")
                .isEqualTo("breached");

        TextField search = _get(TextField.class, spec -> spec.withPlaceholder("Name or NHS number"));
        _setValue(search, "no-such-patient-anywhere");
        assertThat(GridKt._size(grid)).isZero();
    }

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
