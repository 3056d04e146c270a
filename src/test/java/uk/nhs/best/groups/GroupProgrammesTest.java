package uk.nhs.best.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import uk.nhs.best.common.BankHolidays;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.referrals.DischargeReason;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.scheduling.GroupSessionSlots;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

/**
 * Group programmes on real MariaDB. Each test plans on Fridays in weeks of its own, far ahead, so
 * tests never clash with each other or with the demo's appointments.
 */
@PortalTest
class GroupProgrammesTest {

    private static final AtomicInteger SERIES = new AtomicInteger();

    @Autowired
    GroupProgrammes programmes;

    @Autowired
    Enrolments enrolments;

    @Autowired
    GroupSessionSlots slots;

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    ReferralQueries referralQueries;

    @Autowired
    TestReferrals referrals;

    @Autowired
    SiteDirectory sites;

    @Autowired
    StaffDirectory staff;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    /** A Friday of this test's own, 80 weeks and more ahead, 7 weeks after the previous test's. */
    final LocalDate friday = ClinicTime.today(java.time.Clock.system(ClinicTime.ZONE))
            .with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).plusWeeks(80 + SERIES.getAndIncrement() * 7L);

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void plansSixWeeklySessionsOfNinetyMinutesAndPutsThemOnTheCalendar() {
        signIn.as("manager.bedford");
        ProgrammeSummary planned = programmes.plan("bedford", plan("bedford", "Group room 1", friday, "10:00",
                "Amira Khan", "Tom Hughes"));

        GroupProgramme programme = programmes.programme(planned.id());
        assertThat(programme.sessions()).extracting(s -> s.start().toLocalDateTime()).containsExactly(
                friday.atTime(10, 0), friday.plusWeeks(1).atTime(10, 0), friday.plusWeeks(2).atTime(10, 0),
                friday.plusWeeks(3).atTime(10, 0), friday.plusWeeks(4).atTime(10, 0), friday.plusWeeks(5).atTime(10, 0));
        assertThat(programme.sessions()).allMatch(s -> Duration.between(s.start(), s.end()).toMinutes() == 90);
        assertThat(planned.name()).isEqualTo("Fridays 10:00 from " + ClinicTime.formatDate(friday));
        assertThat(planned.facilitators()).as("by family name").isEqualTo("Tom Hughes and Amira Khan");
        assertThat(planned.minSize()).isEqualTo(6);
        assertThat(planned.maxSize()).isEqualTo(8);
        assertThat(planned.placesFree()).isEqualTo(8);

        signIn.as("amira.khan");
        assertThat(slots.between("bedford", friday.atStartOfDay(ClinicTime.ZONE),
                friday.plusWeeks(6).atStartOfDay(ClinicTime.ZONE)))
                .extracting(s -> s.title()).containsExactly(
                        "Group " + planned.name() + " · session 1 of 6", "Group " + planned.name() + " · session 2 of 6",
                        "Group " + planned.name() + " · session 3 of 6", "Group " + planned.name() + " · session 4 of 6",
                        "Group " + planned.name() + " · session 5 of 6", "Group " + planned.name() + " · session 6 of 6");
    }

    @Test
    void aSessionOnABankHolidayMovesToTheNextFreeWeekAndTheSeriesSaysSo() {
        LocalDate goodFriday = BankHolidays.of(LocalDate.now().getYear() + 2).entrySet().stream()
                .filter(e -> e.getValue().equals("Good Friday")).findFirst().orElseThrow().getKey();
        LocalDate firstFriday = goodFriday.minusWeeks(2);
        ProgrammePlan plan = new ProgrammePlan(room("bedford", "Group room 2"),
                List.of(clinician("bedford", "Tom Hughes")), firstFriday, DayOfWeek.FRIDAY, LocalTime.of(13, 0));
        signIn.as("manager.bedford");

        SeriesProposal proposal = programmes.propose("bedford", plan);

        assertThat(proposal.sessions()).extracting(s -> s.start().toLocalDate()).containsExactly(firstFriday,
                firstFriday.plusWeeks(1), firstFriday.plusWeeks(3), firstFriday.plusWeeks(4),
                firstFriday.plusWeeks(5), firstFriday.plusWeeks(6));
        assertThat(proposal.sessions().get(2).note()).isEqualTo("Moved a week later: "
                + ClinicTime.formatDate(goodFriday) + " is Good Friday.");
        assertThat(proposal.sessions()).filteredOn(s -> s.note() != null).hasSize(1);
        assertThat(proposal.bookable()).isTrue();

        long id = programmes.plan("bedford", plan).id();
        assertThat(programmes.programme(id).sessions().get(2).note()).contains("is Good Friday");
    }

    @Test
    void aSeriesOverChristmasSkipsEveryBankHolidayWeek() {
        // Christmas Day 2026 is a Friday and New Year's Day 2027 the Friday after: two weeks skipped.
        assertThat(ProgrammeSeries.dates(LocalDate.of(2026, 12, 11), DayOfWeek.FRIDAY))
                .extracting(ProgrammeSeries.SeriesDate::date).containsExactly(LocalDate.of(2026, 12, 11),
                        LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 15),
                        LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 29));
        assertThat(ProgrammeSeries.dates(LocalDate.of(2026, 12, 11), DayOfWeek.FRIDAY).get(2).note())
                .isEqualTo("Moved 2 weeks later: 25/12/2026 is Christmas Day; 01/01/2027 is New Year's Day.");
    }

    @Test
    void aClashOnSomeSessionsBooksNoneOfThem() {
        signIn.as("manager.bedford");
        programmes.plan("bedford", plan("bedford", "Group room 1", friday, "10:00", "Amira Khan"));
        LocalDate threeWeeksOn = friday.plusWeeks(3);

        SeriesProposal proposal = programmes.propose("bedford",
                plan("bedford", "Group room 1", threeWeeksOn, "11:00", "Tom Hughes"));
        assertThat(proposal.bookable()).isFalse();
        assertThat(proposal.sessions()).extracting(s -> s.problems().isEmpty())
                .containsExactly(false, false, false, true, true, true);
        assertThat(proposal.sessions().getFirst().problems())
                .containsExactly("Group room 1 is already booked 10:00–11:30 on " + ClinicTime.formatDate(threeWeeksOn) + ".");

        int sessionsBefore = countGroupSessions();
        assertThatThrownBy(() -> programmes.plan("bedford",
                plan("bedford", "Group room 1", threeWeeksOn, "11:00", "Tom Hughes")))
                .isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("Nothing was booked: session 1 (" + ClinicTime.formatDate(threeWeeksOn)
                        + " 11:00): Group room 1 is already booked");
        assertThat(countGroupSessions()).isEqualTo(sessionsBefore);
    }

    @Test
    void sessionsOutsideAFacilitatorsWorkingHoursAreRefused() {
        signIn.as("manager.bedford");
        SeriesProposal late = programmes.propose("bedford",
                plan("bedford", "Group room 2", friday, "16:00", "Tom Hughes"));
        assertThat(late.bookable()).isFalse();
        assertThat(late.sessions().getFirst().problems())
                .containsExactly("Tom Hughes doesn't work at Bedford then (Friday 16:00–17:30).");

        assertThatThrownBy(() -> programmes.propose("bedford", new ProgrammePlan(null, List.of(), friday,
                DayOfWeek.SATURDAY, null))).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                assertThat(problems.fieldErrors()).containsOnlyKeys("room", "facilitators", "day", "startTime"));
    }

    @Test
    void enrolsUpToTheLimitThenOffersTheWaitingList() {
        long id = plannedAtBedford("10:00");
        List<ReferralSummary> patients = awaitingGroup("Limit", 10);
        for (ReferralSummary patient : patients.subList(0, 8)) {
            enrolments.enrol(id, patient.id());
        }
        assertThat(referralQueries.referral(patients.get(0).id()).orElseThrow().stage()).isEqualTo(PathwayStage.IN_GROUP);

        assertThatThrownBy(() -> enrolments.enrol(id, patients.get(8).id()))
                .isInstanceOf(ProgrammeFullException.class)
                .hasMessageEndingWith("is full: all 8 places are taken. Put the patient on its waiting list instead?");
        enrolments.addToWaitingList(id, patients.get(8).id());
        enrolments.addToWaitingList(id, patients.get(9).id());

        ProgrammeSummary summary = programmes.programme(id).summary();
        assertThat(summary.enrolled()).isEqualTo(8);
        assertThat(summary.waiting()).isEqualTo(2);
        assertThat(summary.placesFree()).isZero();
        assertThat(programmes.programme(id).withStatus(EnrolmentStatus.WAITING)).extracting(Enrolment::patientName)
                .containsExactly("Test Limit8", "Test Limit9");
        assertThat(referralQueries.referral(patients.get(8).id()).orElseThrow().stage())
                .isEqualTo(PathwayStage.AWAITING_GROUP);
    }

    @Test
    void fiftyPeopleEnrollingIntoTheLastPlaceAtOnceLeaveExactlyOneEnrolled() throws Exception {
        long id = plannedAtBedford("13:00");
        List<ReferralSummary> patients = awaitingGroup("Race", 57);
        for (ReferralSummary patient : patients.subList(0, 7)) {
            enrolments.enrol(id, patient.id());
        }
        Authentication manager = signIn.as("manager.bedford");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (ReferralSummary patient : patients.subList(7, 57)) {
            outcomes.add(pool.submit(() -> {
                signIn.as(manager);
                start.await();
                try {
                    enrolments.enrol(id, patient.id());
                    return "enrolled";
                } catch (ProgrammeFullException full) {
                    return "full";
                } finally {
                    signIn.out();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("enrolled"::equals).hasSize(1);
        assertThat(results).filteredOn("full"::equals).hasSize(49);
        assertThat(programmes.programme(id).summary().enrolled()).isEqualTo(8);
        assertThat(patients.subList(7, 57).stream().map(p -> referralQueries.referral(p.id()).orElseThrow().stage())
                .filter(PathwayStage.IN_GROUP::equals)).hasSize(1);
    }

    @Test
    void aWithdrawalOffersThePlaceToTheFirstWaitingAndMovesOnWhenDeclined() {
        long id = plannedAtBedford("10:00");
        List<ReferralSummary> patients = awaitingGroup("Offer", 10);
        List<Enrolment> enrolled = new ArrayList<>();
        for (ReferralSummary patient : patients.subList(0, 8)) {
            enrolled.add(enrolments.enrol(id, patient.id()));
        }
        enrolments.addToWaitingList(id, patients.get(8).id());
        enrolments.addToWaitingList(id, patients.get(9).id());

        assertThatThrownBy(() -> enrolments.withdraw(enrolled.get(0).id(), enrolled.get(0).version(), " "))
                .isInstanceOf(InvalidInputException.class).hasMessage("Say why the patient is withdrawn.");
        enrolments.withdraw(enrolled.get(0).id(), enrolled.get(0).version(), "Started a new job");

        assertThat(referralQueries.referral(patients.get(0).id()).orElseThrow().stage())
                .isEqualTo(PathwayStage.AWAITING_GROUP);
        GroupTasks tasks = enrolments.tasks("bedford");
        GroupTasks.PlaceOffer offer = tasks.offers().stream().filter(o -> o.programmeId() == id).findFirst().orElseThrow();
        assertThat(offer.patientName()).isEqualTo("Test Offer8");

        enrolments.declineOffer(offer.enrolmentId(), offer.version());
        GroupTasks.PlaceOffer next = enrolments.tasks("bedford").offers().stream()
                .filter(o -> o.programmeId() == id).findFirst().orElseThrow();
        assertThat(next.patientName()).isEqualTo("Test Offer9");
        assertThat(referralQueries.referral(patients.get(8).id()).orElseThrow().stage())
                .isEqualTo(PathwayStage.AWAITING_GROUP);

        enrolments.acceptOffer(next.enrolmentId(), next.version());
        assertThat(referralQueries.referral(patients.get(9).id()).orElseThrow().stage()).isEqualTo(PathwayStage.IN_GROUP);
        assertThat(programmes.programme(id).summary().enrolled()).isEqualTo(8);
        assertThat(enrolments.tasks("bedford").offers()).noneMatch(o -> o.programmeId() == id);
    }

    @Test
    void aPatientIsInOneProgrammeAtATimeAndADischargedPatientCannotJoin() {
        long first = plannedAtBedford("10:00");
        signIn.as("manager.bedford");
        long second = programmes.plan("bedford", plan("bedford", "Group room 2", friday, "13:00", "Tom Hughes")).id();
        ReferralSummary patient = awaitingGroup("Once", 1).getFirst();
        enrolments.enrol(first, patient.id());

        assertThatThrownBy(() -> enrolments.enrol(second, patient.id())).isInstanceOf(RefusedException.class)
                .hasMessage("Only patients awaiting a group can join: this patient is in a group programme.");

        ReferralSummary other = awaitingGroup("Discharged", 1).getFirst();
        enrolments.addToWaitingList(first, other.id());
        signIn.as("amira.khan");
        decisions.discharge(other.id(), decisions.referral(other.id()).version(), DischargeReason.MOVED_AWAY, null);
        signIn.as("manager.bedford");
        assertThat(programmes.programme(first).withStatus(EnrolmentStatus.WAITING)).isEmpty();
        assertThatThrownBy(() -> enrolments.enrol(second, other.id())).isInstanceOf(RefusedException.class)
                .hasMessage("Only patients awaiting a group can join: this patient is discharged.");
    }

    @Test
    void cancellingAProgrammeNeedsAReasonAndReturnsItsPatientsToTheGroupList() {
        long id = plannedAtBedford("10:00");
        List<ReferralSummary> patients = awaitingGroup("Cancelled", 2);
        enrolments.enrol(id, patients.get(0).id());
        enrolments.addToWaitingList(id, patients.get(1).id());

        assertThatThrownBy(() -> programmes.cancel(id, "")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Say why the programme is cancelled.");
        assertThat(programmes.programme(id).summary().status()).isEqualTo(ProgrammeStatus.ACTIVE);

        programmes.cancel(id, "Facilitator on long-term leave");

        GroupProgramme cancelled = programmes.programme(id);
        assertThat(cancelled.summary().status()).isEqualTo(ProgrammeStatus.CANCELLED);
        assertThat(cancelled.sessions()).allMatch(GroupSession::cancelled);
        assertThat(cancelled.enrolments()).extracting(Enrolment::status)
                .containsOnly(EnrolmentStatus.PROGRAMME_CANCELLED);
        ReferralSummary back = referralQueries.referral(patients.get(0).id()).orElseThrow();
        assertThat(back.stage()).isEqualTo(PathwayStage.AWAITING_GROUP);
        assertThat(back.referralDate()).isEqualTo(patients.get(0).referralDate());
        assertThat(slots.between("bedford", friday.atStartOfDay(ClinicTime.ZONE),
                friday.plusWeeks(6).atStartOfDay(ClinicTime.ZONE))).noneMatch(s -> s.title().contains(
                cancelled.summary().name()));
        assertThatThrownBy(() -> enrolments.enrol(id, patients.get(1).id())).isInstanceOf(RefusedException.class)
                .hasMessage("This programme is cancelled: nobody can join it.");
    }

    @Test
    void aSessionMovesAloneOrWithTheLaterOnesAndKeepsItsOrder() {
        long id = plannedAtBedford("10:00");
        List<GroupSession> sessions = programmes.programme(id).sessions();
        GroupSession third = sessions.get(2);

        LocalDateTime thursday = third.start().toLocalDateTime().minusDays(1);
        programmes.move(third.appointmentId(), third.version(), thursday, thursday.plusMinutes(90), false);
        List<GroupSession> afterOne = programmes.programme(id).sessions();
        assertThat(afterOne.get(2).start().toLocalDateTime()).isEqualTo(thursday);
        assertThat(afterOne.get(2).note()).startsWith("Moved by Helen Brooks");
        assertThat(afterOne.get(3).start()).isEqualTo(sessions.get(3).start());

        GroupSession fourth = afterOne.get(3);
        LocalDateTime weekLater = fourth.start().toLocalDateTime().plusWeeks(1);
        programmes.move(fourth.appointmentId(), fourth.version(), weekLater, weekLater.plusMinutes(90), true);
        List<GroupSession> onward = programmes.programme(id).sessions();
        assertThat(onward.subList(3, 6)).extracting(s -> s.start().toLocalDateTime()).containsExactly(
                sessions.get(3).start().toLocalDateTime().plusWeeks(1),
                sessions.get(4).start().toLocalDateTime().plusWeeks(1),
                sessions.get(5).start().toLocalDateTime().plusWeeks(1));

        GroupSession sixth = onward.get(5);
        LocalDateTime beforeFifth = onward.get(4).start().toLocalDateTime().minusDays(1);
        assertThatThrownBy(() -> programmes.move(sixth.appointmentId(), sixth.version(), beforeFifth,
                beforeFifth.plusMinutes(90), false)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("sessions stay in order: session 5 is on");
        assertThatThrownBy(() -> programmes.move(sixth.appointmentId(), sixth.version(),
                sixth.start().toLocalDateTime(), sixth.start().toLocalDateTime().plusHours(2), false))
                .hasMessage("A group session lasts 90 minutes: move it without changing its length.");
    }

    @Test
    void theRegisterKeepsCorrectionsListsRepeatedMissesAndClosingDischargesThoseWhoCompleted() {
        signIn.as("manager.greenwich");
        long id = programmes.plan("greenwich", plan("greenwich", "Gym", friday, "10:00", "Priya Patel")).id();
        signIn.as("priya.patel");
        List<ReferralSummary> patients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            patients.add(referrals.awaitingGroup("priya.patel", "greenwich", "Register" + i, LocalDate.now().minusWeeks(10)));
        }
        Enrolment completer = enrolments.enrol(id, patients.get(0).id());
        Enrolment misser = enrolments.enrol(id, patients.get(1).id());
        List<GroupSession> sessions = programmes.programme(id).sessions();
        assertThatThrownBy(() -> enrolments.mark(sessions.getFirst().appointmentId(), completer.id(),
                AttendanceMark.ATTENDED)).hasMessageStartingWith("Session 1 hasn't started yet");
        // The sessions took place: the service books nothing in the past, so the test moves them there.
        jdbc.update("update appointment set starts_at = date_sub(starts_at, interval ? week), "
                + "ends_at = date_sub(ends_at, interval ? week) where id in (select appointment_id from group_session "
                + "where programme_id = ?)", 87 + 7 * SERIES.get(), 87 + 7 * SERIES.get(), id);
        GroupRates before = enrolments.rates(sites.require("greenwich").id(), java.time.Instant.EPOCH,
                java.time.Instant.now());

        long first = sessions.getFirst().appointmentId();
        enrolments.mark(first, completer.id(), AttendanceMark.DID_NOT_ATTEND);
        SessionRegister corrected = enrolments.mark(first, completer.id(), AttendanceMark.ATTENDED);
        RegisterLine line = corrected.lines().stream().filter(l -> l.enrolmentId() == completer.id()).findFirst()
                .orElseThrow();
        assertThat(line.mark()).isEqualTo(AttendanceMark.ATTENDED);
        assertThat(line.history()).extracting(MarkRecord::mark)
                .containsExactly(AttendanceMark.DID_NOT_ATTEND, AttendanceMark.ATTENDED);

        enrolments.mark(sessions.get(1).appointmentId(), completer.id(), AttendanceMark.ATTENDED);
        enrolments.mark(first, misser.id(), AttendanceMark.ATTENDED);
        enrolments.mark(sessions.get(1).appointmentId(), misser.id(), AttendanceMark.DID_NOT_ATTEND);
        enrolments.mark(sessions.get(2).appointmentId(), misser.id(), AttendanceMark.CANCELLED_BY_PATIENT);
        assertThat(enrolments.tasks("greenwich").followUps()).filteredOn(f -> f.enrolmentId() == misser.id())
                .extracting(GroupTasks.FollowUp::reason).containsExactly("missed sessions 2 and 3");

        assertThatThrownBy(() -> programmes.complete(id)).isInstanceOf(RefusedException.class)
                .hasMessage("Complete the registers first: nobody is marked for session 3 (Test Register0); "
                        + "session 4 (Test Register0, Test Register1); session 5 (Test Register0, Test Register1); "
                        + "session 6 (Test Register0, Test Register1).");
        for (GroupSession session : sessions.subList(2, 6)) {
            enrolments.mark(session.appointmentId(), completer.id(), session.number() == 3 ? AttendanceMark.ATTENDED
                    : AttendanceMark.CANCELLED_BY_SERVICE);
        }
        for (GroupSession session : sessions.subList(3, 6)) {
            enrolments.mark(session.appointmentId(), misser.id(), AttendanceMark.ATTENDED);
        }
        GroupRates marked = enrolments.rates(sites.require("greenwich").id(), java.time.Instant.EPOCH,
                java.time.Instant.now());
        assertThat(marked.attended() - before.attended()).isEqualTo(7);
        assertThat(marked.didNotAttend() - before.didNotAttend()).isEqualTo(1);

        GroupProgrammes.Completion completion = programmes.complete(id);

        // The first patient attended sessions 1, 2 and 3: completed. The second attended 1, 4, 5 and 6.
        assertThat(completion).isEqualTo(new GroupProgrammes.Completion(2, 0));
        ReferralSummary done = referralQueries.referral(patients.get(0).id()).orElseThrow();
        assertThat(done.stage()).isEqualTo(PathwayStage.DISCHARGED);
        assertThat(done.stageReason()).startsWith("Completed the programme");
        assertThatThrownBy(() -> enrolments.mark(first, misser.id(), AttendanceMark.DID_NOT_ATTEND))
                .hasMessage("This register is closed: the programme is completed or cancelled.");
        GroupRates after = enrolments.rates(sites.require("greenwich").id(), java.time.Instant.EPOCH,
                java.time.Instant.now().plusSeconds(60));
        assertThat(after.completed() - before.completed()).isEqualTo(2);
    }

    @Test
    void whoDidNotCompleteWaitsForAClinicianAndOnlySiteStaffSeeAProgramme() {
        signIn.as("manager.greenwich");
        long id = programmes.plan("greenwich", plan("greenwich", "Group room", friday, "13:00", "Daniel Clarke")).id();
        ReferralSummary patient = referrals.awaitingGroup("daniel.clarke", "greenwich", "Partial",
                LocalDate.now().minusWeeks(12));
        Enrolment enrolment = enrolments.enrol(id, patient.id());
        jdbc.update("update appointment set starts_at = date_sub(starts_at, interval ? week), "
                + "ends_at = date_sub(ends_at, interval ? week) where id in (select appointment_id from group_session "
                + "where programme_id = ?)", 87 + 7 * SERIES.get(), 87 + 7 * SERIES.get(), id);
        for (GroupSession session : programmes.programme(id).sessions()) {
            enrolments.mark(session.appointmentId(), enrolment.id(), session.number() <= 2 ? AttendanceMark.ATTENDED
                    : AttendanceMark.DID_NOT_ATTEND);
        }
        assertThat(programmes.complete(id)).isEqualTo(new GroupProgrammes.Completion(0, 1));
        assertThat(referralQueries.referral(patient.id()).orElseThrow().stage()).isEqualTo(PathwayStage.IN_GROUP);
        assertThat(enrolments.tasks("greenwich").awaitingDecision()).extracting(GroupTasks.FollowUp::patientName)
                .contains("Test Partial");

        signIn.as("amira.khan");
        assertThatThrownBy(() -> programmes.programme(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.tasks("greenwich")).isInstanceOf(AccessDeniedException.class);

        signIn.as("daniel.clarke");
        enrolments.offerAnotherProgramme(enrolment.id());
        assertThat(referralQueries.referral(patient.id()).orElseThrow().stage()).isEqualTo(PathwayStage.AWAITING_GROUP);
        assertThat(enrolments.tasks("greenwich").awaitingDecision()).extracting(GroupTasks.FollowUp::patientName)
                .doesNotContain("Test Partial");
    }

    private long plannedAtBedford(String time) {
        signIn.as("manager.bedford");
        return programmes.plan("bedford", plan("bedford", "Group room 1", friday, time, "Amira Khan")).id();
    }

    /** Patients waiting for a group at Bedford, longest waiting first; leaves the site manager signed in. */
    private List<ReferralSummary> awaitingGroup(String name, int count) {
        List<ReferralSummary> waiting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waiting.add(referrals.awaitingGroup("amira.khan", "bedford", name + i, LocalDate.now().minusWeeks(20)
                    .plusDays(i)));
        }
        signIn.as("manager.bedford");
        return waiting;
    }

    private ProgrammePlan plan(String site, String room, LocalDate first, String time, String... facilitators) {
        return new ProgrammePlan(room(site, room), java.util.Arrays.stream(facilitators).map(f -> clinician(site, f))
                .toList(), first, first.getDayOfWeek(), LocalTime.parse(time));
    }

    private long room(String site, String name) {
        return sites.rooms(sites.require(site).id()).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private long clinician(String site, String name) {
        return staff.clinicians(sites.require(site).id()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private int countGroupSessions() {
        return jdbc.queryForObject("select count(*) from group_session", Integer.class);
    }
}
