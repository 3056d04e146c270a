package uk.nhs.best.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.patients.NewPatient;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class ReferralIntakeTest {

    @Autowired
    ReferralIntake intake;

    @Autowired
    ReferralQueries queries;

    @Autowired
    SignIn signIn;

    @Autowired
    TestReferrals referrals;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate lastWeek = LocalDate.now().minusDays(7);

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aReferralForANewPatientRegistersThemAndWaitsForScreening() {
        signIn.as("amira.khan");
        NewPatient patient = TestReferrals.newPatient("Rosa", "Intake");
        RecordedReferral recorded = intake.record("bedford", TestReferrals.form(patient, lastWeek));

        assertThat(recorded.existingPatient()).isFalse();
        assertThat(recorded.patient().fullName()).isEqualTo("Rosa Intake");
        assertThat(recorded.patient().nhsNumber().value()).isEqualTo(patient.nhsNumber());
        ReferralSummary referral = queries.referralsOf(recorded.patient().id()).getFirst();
        assertThat(referral.stage()).isEqualTo(PathwayStage.AWAITING_SCREENING);
        assertThat(referral.siteCode()).isEqualTo("bedford");
        assertThat(referral.referralDate()).isEqualTo(lastWeek);
        assertThat(queries.historyOf(recorded.patient().id())).singleElement()
                .satisfies(step -> {
                    assertThat(step.step()).isEqualTo(PathwayStep.RECEIVED);
                    assertThat(step.actor()).isEqualTo("amira.khan");
                });
        assertThat(auditActions(recorded.patient().id())).containsExactly("PATIENT_REGISTERED", "REFERRAL_RECORDED");
    }

    @Test
    void aKnownNhsNumberLinksTheExistingPatientInsteadOfRegisteringThemAgain() {
        RecordedReferral first = referrals.record("priya.patel", "greenwich", "Linked", lastWeek);
        signIn.as("sam.okafor");
        NewPatient typedAgain = new NewPatient(first.patient().nhsNumber().formatted(), "Someone", "Else",
                LocalDate.of(1990, 1, 1), null, null, null, null);

        RecordedReferral second = intake.record("bedford", TestReferrals.form(typedAgain, lastWeek));

        assertThat(second.existingPatient()).isTrue();
        assertThat(second.patient().id()).isEqualTo(first.patient().id());
        assertThat(second.patient().fullName()).as("typed names are not used for a known patient")
                .isEqualTo("Test Linked");
        assertThat(jdbc.queryForObject("select count(*) from patient where nhs_number = ?", Integer.class,
                first.patient().nhsNumber().value())).isEqualTo(1);
        assertThat(queries.referralsOf(first.patient().id())).extracting(ReferralSummary::siteCode)
                .containsExactlyInAnyOrder("greenwich", "bedford");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsStored() {
        signIn.as("amira.khan");
        int patientsBefore = count("patient");
        int referralsBefore = count("referral");
        NewPatient noNames = new NewPatient(TestReferrals.newNhsNumber(), " ", "", LocalDate.now().plusDays(2),
                "12", "not-an-email", null, "XYZ");
        ReferralForm form = new ReferralForm(noNames, "", LocalDate.now().plusDays(1), "", null);

        assertThatThrownBy(() -> intake.record("bedford", form))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.fieldErrors())
                        .containsEntry("referralDate", "The referral date cannot be in the future.")
                        .containsEntry("gpPractice", "Enter the referring GP practice.")
                        .containsEntry("reason", "Enter the reason for referral.")
                        .containsEntry("givenName", "Enter the patient's first name.")
                        .containsEntry("familyName", "Enter the patient's last name.")
                        .containsEntry("dateOfBirth", "The date of birth cannot be in the future.")
                        .containsKeys("phone", "email", "postcode"));
        assertThat(count("patient")).isEqualTo(patientsBefore);
        assertThat(count("referral")).isEqualTo(referralsBefore);
    }

    @Test
    void anInvalidNhsNumberIsRefusedNextToItsField() {
        signIn.as("amira.khan");
        NewPatient patient = new NewPatient("943 476 5918", "Ann", "Typo", LocalDate.of(1980, 1, 1), null, null, null,
                null);
        assertThatThrownBy(() -> intake.record("bedford", TestReferrals.form(patient, lastWeek)))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.fieldErrors())
                        .isEqualTo(Map.of("nhsNumber", "This is not a valid NHS number: check it for a mistyped digit.")));
    }

    @Test
    void aPatientWithAnOpenReferralAtTheSiteIsNotReferredTwice() {
        RecordedReferral first = referrals.record("priya.patel", "greenwich", "Twice", lastWeek);
        signIn.as("priya.patel");
        NewPatient same = new NewPatient(first.patient().nhsNumber().value(), null, null, null, null, null, null, null);
        int referralsBefore = count("referral");

        assertThatThrownBy(() -> intake.record("greenwich", TestReferrals.form(same, lastWeek)))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Test Twice already has an open referral at Greenwich. Find it on the waiting lists "
                        + "instead of recording it again.");
        assertThat(count("referral")).isEqualTo(referralsBefore);
    }

    @Test
    void onlyStaffOfTheSiteRecordItsReferrals() {
        NewPatient patient = TestReferrals.newPatient("Not", "Mine");
        for (String outsider : List.of("priya.patel", "manager.greenwich", "olivia.bennett", "admin")) {
            signIn.as(outsider);
            assertThatThrownBy(() -> intake.record("bedford", TestReferrals.form(patient, lastWeek)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as("manager.bedford");
        assertThat(intake.record("bedford", TestReferrals.form(patient, lastWeek)).existingPatient()).isFalse();
    }

    @Test
    void patientsAreFoundByNameAtTheSiteAndByNhsNumberAnywhere() {
        RecordedReferral greenwich = referrals.record("priya.patel", "greenwich", "Findable", lastWeek);
        signIn.as("amira.khan");
        assertThat(intake.findPatients("bedford", "Findable")).as("a Greenwich patient by name").isEmpty();
        assertThat(intake.findByNhsNumber("bedford", greenwich.patient().nhsNumber().formatted()))
                .contains(greenwich.patient());
        signIn.as("priya.patel");
        assertThat(intake.findPatients("greenwich", "findab")).contains(greenwich.patient());
    }

    private List<String> auditActions(long patientId) {
        return jdbc.queryForList("select action from audit_event where patient_id = ? order by id", String.class,
                patientId);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
