package uk.nhs.best.patientrecord;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.best.referrals.DischargeReason;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.support.BrowserlessUiTest;
import uk.nhs.best.support.TestReferrals;

class PatientRecordUiTest extends BrowserlessUiTest {

    @Autowired
    TestReferrals referrals;

    @Test
    void aClinicianOpensAPatientFromTheWaitingListAndDischargesThem() {
        RecordedReferral recorded = referrals.record("amira.khan", "bedford", "Clickable", LocalDate.now().minusDays(1));
        logInAs("tom.hughes");
        navigateTo("sites/bedford/waiting-lists");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Name or NHS number")), "Test Clickable");
        GridKt._clickItem(_get(Grid.class), 0);

        assertThat(currentPath()).isEqualTo("patients/" + recorded.patient().id());
        assertThat(_get(H2.class).getText()).isEqualTo("Test Clickable");
        assertThat(_get(Div.class, spec -> spec.withId("pathway-stage")).getElement().getTextRecursively())
                .contains("Awaiting screening at Bedford");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("timeline")).getElement().getTextRecursively())
                .contains("Referral received (Bedford)").contains("by amira.khan");

        _click(_get(Button.class, spec -> spec.withId("discharge")));
        @SuppressWarnings("unchecked")
        Select<DischargeReason> reason = _get(Select.class, spec -> spec.withLabel("Reason"));
        _setValue(reason, DischargeReason.DECLINED);
        _click(_get(Button.class, spec -> spec.withId("confirm-discharge")));

        NotificationsKt.expectNotifications("Test Clickable was discharged. The record is kept.");
        assertThat(_get(Div.class, spec -> spec.withId("pathway-stage")).getElement().getTextRecursively())
                .contains("No open referral: Discharged on").contains("Declined treatment");
    }

    @Test
    void anotherSitesClinicianTypingThePatientsAddressIsToldTheyHaveNoAccess() {
        RecordedReferral recorded = referrals.record("amira.khan", "bedford", "Typed", LocalDate.now());
        logInAs("priya.patel");
        navigateTo("patients/" + recorded.patient().id());
        Main denied = _get(Main.class, spec -> spec.withId("access-denied"));
        assertThat(denied.getElement().getTextRecursively()).contains("You don't have access to this page")
                .doesNotContain("Typed");
    }
}
