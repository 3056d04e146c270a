package uk.nhs.best.patientrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.patients.NewPatient;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralIntake;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class PatientRecordServiceTest {

    @Autowired
    PatientRecordService records;

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    TestReferrals referrals;

    @Autowired
    ReferralIntake intake;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClinicianOfTheSiteSeesDetailsStageAndTimelineNewestFirst() {
        RecordedReferral recorded = referrals.record("tom.hughes", "bedford", "Record", LocalDate.now().minusDays(9));
        ReferralSummary referral = decisions.referral(recorded.referralId());
        decisions.putOnHold(referral.id(), referral.version(), "Need GP letter");
        signIn.as("amira.khan");

        PatientRecord record = records.open(recorded.patient().id());

        assertThat(record.patient().fullName()).isEqualTo("Test Record");
        assertThat(record.homeSiteName()).isEqualTo("Bedford");
        assertThat(record.openReferral()).get().extracting(ReferralSummary::stage).isEqualTo(PathwayStage.ON_HOLD);
        assertThat(record.timeline()).extracting(TimelineEntry::title)
                .containsExactly("Put on hold for more information", "Referral received");
        assertThat(record.timeline().getFirst().detail()).isEqualTo("Need GP letter");
        assertThat(record.timeline().getFirst().by()).isEqualTo("tom.hughes");
        assertThat(record.timeline().getLast().detail()).startsWith("Referred by Priory Surgery on ");
    }

    @Test
    void everyOpeningIsWrittenToTheAuditLog() {
        RecordedReferral recorded = referrals.record("amira.khan", "bedford", "Audited", LocalDate.now().minusDays(1));
        signIn.as("grace.adeyemi");
        records.open(recorded.patient().id());
        records.open(recorded.patient().id());
        assertThat(jdbc.queryForList("select actor from audit_event where patient_id = ? and action = "
                + "'PATIENT_RECORD_OPENED'", String.class, recorded.patient().id()))
                .containsExactly("grace.adeyemi", "grace.adeyemi");
    }

    @Test
    void aPatientReferredToASecondSiteIsVisibleToBothSitesClinicians() {
        RecordedReferral greenwich = referrals.record("priya.patel", "greenwich", "TwoSites", LocalDate.now());
        signIn.as("amira.khan");
        assertThatThrownBy(() -> records.open(greenwich.patient().id())).isInstanceOf(AccessDeniedException.class);

        NewPatient samePatient = new NewPatient(greenwich.patient().nhsNumber().value(), null, null, null, null, null,
                null, null);
        intake.record("bedford", TestReferrals.form(samePatient, LocalDate.now()));

        PatientRecord record = records.open(greenwich.patient().id());
        assertThat(record.referrals()).extracting(ReferralSummary::siteName).containsExactlyInAnyOrder("Greenwich",
                "Bedford");
        assertThat(record.homeSiteName()).isEqualTo("Greenwich");
    }

    @Test
    void nobodyElseOpensTheRecordWhateverIdTheyType() {
        RecordedReferral bedford = referrals.record("amira.khan", "bedford", "Private", LocalDate.now());
        long id = bedford.patient().id();
        for (String outsider : List.of("priya.patel", "manager.bedford", "admin", "olivia.bennett")) {
            signIn.as(outsider);
            assertThatThrownBy(() -> records.open(id)).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as("amira.khan");
        assertThatThrownBy(() -> records.open(123_456_789L)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("This patient is not under the care of your sites.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where patient_id = ? and action = "
                + "'PATIENT_RECORD_OPENED'", Integer.class, id)).as("refused openings read nothing").isZero();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }
}
