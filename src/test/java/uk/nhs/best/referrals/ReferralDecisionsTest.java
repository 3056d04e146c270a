package uk.nhs.best.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class ReferralDecisionsTest {

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    ReferralQueries queries;

    @Autowired
    TestReferrals referrals;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    ReferralSummary newBedfordReferral(String name) {
        long id = referrals.record("amira.khan", "bedford", name, LocalDate.now().minusDays(3)).referralId();
        return decisions.referral(id);
    }

    @Test
    void acceptingMovesThePatientToAwaitingAssessmentWithWhoAndWhen() {
        ReferralSummary referral = newBedfordReferral("Accepted");
        signIn.as("tom.hughes");

        ReferralSummary accepted = decisions.accept(referral.id(), referral.version());

        assertThat(accepted.stage()).isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
        assertThat(accepted.version()).isGreaterThan(referral.version());
        PathwayEvent step = queries.historyOf(referral.patientId()).getLast();
        assertThat(step.step()).isEqualTo(PathwayStep.ACCEPTED);
        assertThat(step.actor()).isEqualTo("tom.hughes");
        assertThat(step.from()).isEqualTo(PathwayStage.AWAITING_SCREENING);
        assertThat(auditActors(referral.patientId(), "REFERRAL_ACCEPTED")).containsExactly("tom.hughes");
    }

    @Test
    void rejectingNeedsAReasonAndThenClosesTheReferralForGood() {
        ReferralSummary referral = newBedfordReferral("Rejected");
        assertThatThrownBy(() -> decisions.reject(referral.id(), referral.version(), "  "))
                .isInstanceOf(InvalidInputException.class).hasMessage("Say why the referral is rejected.");
        assertThat(decisions.referral(referral.id()).stage()).isEqualTo(PathwayStage.AWAITING_SCREENING);

        ReferralSummary rejected = decisions.reject(referral.id(), referral.version(), "Needs a spinal surgeon");
        assertThat(rejected.stage()).isEqualTo(PathwayStage.REJECTED);
        assertThat(rejected.stageReason()).isEqualTo("Needs a spinal surgeon");

        assertThatThrownBy(() -> decisions.accept(referral.id(), rejected.version()))
                .isInstanceOf(RefusedException.class)
                .hasMessage("This referral is rejected at screening, so it can't be accepted. Nothing was changed.");
        assertThatThrownBy(() -> decisions.discharge(referral.id(), rejected.version(), DischargeReason.OTHER, null))
                .isInstanceOf(RefusedException.class);
        assertThat(decisions.referral(referral.id()).stage()).isEqualTo(PathwayStage.REJECTED);
    }

    @Test
    void aReferralOnHoldReturnsToTheQueueWhenTheInformationArrives() {
        ReferralSummary referral = newBedfordReferral("Held");
        assertThatThrownBy(() -> decisions.putOnHold(referral.id(), referral.version(), null))
                .isInstanceOf(InvalidInputException.class).hasMessage("Say what information is needed.");
        ReferralSummary held = decisions.putOnHold(referral.id(), referral.version(), "X-ray report from the GP");
        assertThat(held.stage()).isEqualTo(PathwayStage.ON_HOLD);
        assertThatThrownBy(() -> decisions.accept(referral.id(), held.version()))
                .as("held referrals come back to the queue before a decision")
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("on hold for more information, so it can't be accepted");

        ReferralSummary back = decisions.informationReceived(referral.id(), held.version(), "X-ray: no red flags");
        assertThat(back.stage()).isEqualTo(PathwayStage.AWAITING_SCREENING);
        assertThat(decisions.accept(referral.id(), back.version()).stage()).isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
        assertThat(queries.historyOf(referral.patientId())).extracting(PathwayEvent::step).containsExactly(
                PathwayStep.RECEIVED, PathwayStep.PUT_ON_HOLD, PathwayStep.INFORMATION_RECEIVED, PathwayStep.ACCEPTED);
    }

    @Test
    void aPatientCanBeDischargedAtAnyOpenStageAndIsThenOnNoList() {
        ReferralSummary referral = newBedfordReferral("Discharged");
        ReferralSummary accepted = decisions.accept(referral.id(), referral.version());
        assertThatThrownBy(() -> decisions.discharge(referral.id(), accepted.version(), null, "moved"))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose why the patient is discharged.");

        ReferralSummary discharged = decisions.discharge(referral.id(), accepted.version(), DischargeReason.MOVED_AWAY,
                "Moved to Leeds");
        assertThat(discharged.stage()).isEqualTo(PathwayStage.DISCHARGED);
        assertThat(discharged.stageReason()).isEqualTo("Moved away: Moved to Leeds");
        assertThat(auditActors(referral.patientId(), "PATIENT_DISCHARGED")).containsExactly("amira.khan");
        assertThat(jdbc.queryForObject("select count(*) from patient where id = ?", Integer.class,
                referral.patientId())).as("the record stays").isEqualTo(1);
    }

    @Test
    void aDecisionOnAStaleScreenIsRefusedAndSaysWhoDecided() {
        ReferralSummary referral = newBedfordReferral("Stale");
        signIn.as("tom.hughes");
        decisions.accept(referral.id(), referral.version());
        signIn.as("amira.khan");

        assertThatThrownBy(() -> decisions.reject(referral.id(), referral.version(), "Not suitable"))
                .isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("tom.hughes changed this referral at ")
                .hasMessageContaining("it is now awaiting assessment. Nothing was changed");
        assertThat(decisions.referral(referral.id()).stage()).isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
        assertThat(queries.historyOf(referral.patientId())).hasSize(2);
    }

    @Test
    void whenTwoCliniciansDecideAtTheSameMomentExactlyOneWins() throws Exception {
        ReferralSummary referral = newBedfordReferral("Race");
        List<Authentication> clinicians = List.of(signIn.as("amira.khan"), signIn.as("tom.hughes"),
                signIn.as("grace.adeyemi"), signIn.as("sam.okafor"));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Authentication who = clinicians.get(i % clinicians.size());
            boolean accept = i % 2 == 0;
            Callable<String> decide = () -> {
                signIn.as(who);
                start.await();
                try {
                    return accept ? decisions.accept(referral.id(), referral.version()).stage().name()
                            : decisions.reject(referral.id(), referral.version(), "Race").stage().name();
                } catch (RefusedException refused) {
                    return "refused";
                } finally {
                    signIn.out();
                }
            };
            outcomes.add(pool.submit(decide));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(result -> !result.equals("refused")).hasSize(1);
        assertThat(results).filteredOn("refused"::equals).hasSize(threads - 1);
        signIn.as("amira.khan");
        assertThat(queries.historyOf(referral.patientId())).as("one decision recorded, once").hasSize(2);
    }

    @Test
    void anotherSitesClinicianIsRefusedEveryDecisionOnThisReferral() {
        ReferralSummary referral = newBedfordReferral("Scoped");
        signIn.as("priya.patel");
        long id = referral.id();
        long version = referral.version();
        List<Runnable> attempts = List.of(() -> decisions.referral(id), () -> decisions.accept(id, version),
                () -> decisions.reject(id, version, "no"), () -> decisions.putOnHold(id, version, "no"),
                () -> decisions.discharge(id, version, DischargeReason.OTHER, null));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class));
        signIn.as("amira.khan");
        assertThat(decisions.referral(id).stage()).isEqualTo(PathwayStage.AWAITING_SCREENING);
    }

    @Test
    void onlyCliniciansScreen() {
        ReferralSummary referral = newBedfordReferral("Managers");
        for (String user : List.of("manager.bedford", "admin", "olivia.bennett")) {
            signIn.as(user);
            assertThatThrownBy(() -> decisions.accept(referral.id(), referral.version())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anUnknownReferralIsRefusedLikeAnotherSitesOne() {
        signIn.as("amira.khan");
        assertThatThrownBy(() -> decisions.accept(987_654_321L, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> auditActors(long patientId, String action) {
        return jdbc.queryForList("select actor from audit_event where patient_id = ? and action = ?", String.class,
                patientId, action);
    }
}
