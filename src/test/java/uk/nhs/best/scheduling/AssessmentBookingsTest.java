package uk.nhs.best.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
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
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.patients.NewPatient;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralIntake;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class AssessmentBookingsTest {

    // Each test books in a week of its own, so tests never clash with each other.
    private static final AtomicInteger WEEK = new AtomicInteger(1);

    @Autowired
    AssessmentBookings bookings;

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    ReferralQueries referralQueries;

    @Autowired
    TestReferrals referrals;

    @Autowired
    ReferralIntake intake;

    @Autowired
    SiteDirectory sites;

    @Autowired
    StaffDirectory staff;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDateTime monday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .plusWeeks(WEEK.getAndIncrement() * 2L).atTime(LocalTime.of(10, 0));

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void bookingAnAssessmentPutsItOnTheCalendarAndMovesThePatientOn() {
        ReferralSummary referral = awaitingAssessment("bedford", "Booked");
        ScheduledAssessment booked = bookings.book("bedford", request(referral, "Amira Khan", "Assessment room A", monday));

        assertThat(booked.patientName()).isEqualTo("Test Booked");
        assertThat(booked.clinicianName()).isEqualTo("Amira Khan");
        assertThat(booked.start().toLocalDateTime()).isEqualTo(monday);
        assertThat(booked.end().toLocalDateTime()).isEqualTo(monday.plusHours(1));
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(referralQueries.referral(referral.id()).orElseThrow().stage()).isEqualTo(PathwayStage.ASSESSMENT_BOOKED);
        assertThat(bookings.between("bedford", monday.atZone(ClinicTime.ZONE), monday.plusDays(1).atZone(ClinicTime.ZONE)))
                .extracting(ScheduledAssessment::id).contains(booked.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ASSESSMENT_BOOKED' "
                + "and patient_id = ?", Integer.class, referral.patientId())).isEqualTo(1);
    }

    @Test
    void aClinicianARoomOrAPatientIsNeverInTwoAppointmentsAtOnce() {
        ReferralSummary first = awaitingAssessment("bedford", "First");
        bookings.book("bedford", request(first, "Tom Hughes", "Assessment room B", monday));

        ReferralSummary second = awaitingAssessment("bedford", "Second");
        assertThatThrownBy(() -> bookings.book("bedford", request(second, "Tom Hughes", "Assessment room A",
                monday.plusMinutes(30))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Tom Hughes already has an appointment 10:00–11:00 on");
        assertThatThrownBy(() -> bookings.book("bedford", request(second, "Amira Khan", "Assessment room B",
                monday.minusMinutes(30))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Assessment room B is already booked 10:00–11:00 on");
        assertThat(referralQueries.referral(second.id()).orElseThrow().stage())
                .as("a refused booking changes nothing").isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
        assertThat(bookings.book("bedford", request(second, "Amira Khan", "Assessment room B", monday.plusHours(1)))
                .status()).as("back to back is fine").isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aPatientReferredAtTwoSitesCannotBeInTwoPlacesAtOnce() {
        ReferralSummary greenwich = awaitingAssessment("greenwich", "Twice");
        signIn.as("sam.okafor");
        bookings.book("greenwich", request(greenwich, "Priya Patel", "Clinic room 1", monday));
        var patient = new NewPatient(jdbc.queryForObject(
                "select nhs_number from patient where id = ?", String.class, greenwich.patientId()),
                null, null, null, null, null, null, null);
        long bedfordReferral = intake.record("bedford", TestReferrals.form(patient, LocalDate.now())).referralId();
        ReferralSummary bedford = decisions.accept(bedfordReferral, decisions.referral(bedfordReferral).version());

        assertThatThrownBy(() -> bookings.book("bedford", request(bedford, "Amira Khan", "Assessment room A",
                monday.plusMinutes(15))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Test Twice already has an appointment");
    }

    @Test
    void bookingsStayInsideWorkingHoursUnlessASiteManagerOverridesWithAReason() {
        ReferralSummary referral = awaitingAssessment("bedford", "Hours");
        LocalDateTime saturday = monday.minusDays(2);
        assertThatThrownBy(() -> bookings.book("bedford", request(referral, "Amira Khan", "Assessment room A", saturday)))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Amira Khan doesn't work at Bedford on Saturdays. Only a site manager can book outside "
                        + "working hours, with a reason.");
        assertThatThrownBy(() -> bookings.book("bedford", request(referral, "Amira Khan", "Assessment room A",
                monday.withHour(16).withMinute(30))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("works 09:00–17:00 at Bedford on Mondays");

        signIn.as("manager.bedford");
        BookingRequest late = new BookingRequest(referral.id(), clinician("bedford", "Amira Khan"),
                room("bedford", "Assessment room A"), monday.withHour(17), 60, "Patient can only come after work");
        assertThat(bookings.book("bedford", late).start().getHour()).isEqualTo(17);
    }

    @Test
    void impossibleBookingsAreRefusedWithAPlainReason() {
        ReferralSummary referral = awaitingAssessment("bedford", "Impossible");
        long amira = clinician("bedford", "Amira Khan");
        long roomA = room("bedford", "Assessment room A");
        assertThatThrownBy(() -> bookings.book("bedford", new BookingRequest(referral.id(), amira, roomA,
                LocalDateTime.now(ClinicTime.ZONE).minusDays(1), 60, null)))
                .isInstanceOf(RefusedException.class).hasMessage("That time has already passed: choose a time from now on.");
        assertThatThrownBy(() -> bookings.book("bedford", new BookingRequest(referral.id(), amira, roomA, monday, 0,
                null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> bookings.book("bedford", new BookingRequest(referral.id(), amira,
                room("greenwich", "Gym"), monday, 60, null)))
                .isInstanceOf(RefusedException.class).hasMessage("That room is not at Bedford.");
        assertThatThrownBy(() -> bookings.book("bedford", new BookingRequest(referral.id(),
                clinician("greenwich", "Priya Patel"), roomA, monday, 60, null)))
                .isInstanceOf(RefusedException.class).hasMessage("That clinician doesn't work at Bedford.");
        ReferralSummary screening = decisions.referral(referrals.record("amira.khan", "bedford", "NotYet",
                LocalDate.now()).referralId());
        assertThatThrownBy(() -> bookings.book("bedford", request(screening, "Amira Khan", "Assessment room A", monday)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("not waiting for an assessment");
    }

    @Test
    void whenManyBookTheSameClinicianAtTheSameMomentExactlyOneSucceeds() throws Exception {
        List<ReferralSummary> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(awaitingAssessment("bedford", "Rush" + i));
        }
        List<String> rooms = List.of("Assessment room A", "Assessment room B", "Group room 1", "Group room 2");
        Authentication amira = signIn.as("amira.khan");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BookingRequest request = request(waiting.get(i), "Grace Adeyemi", rooms.get(i), monday.plusDays(1));
            outcomes.add(pool.submit(() -> {
                signIn.as(amira);
                start.await();
                try {
                    bookings.book("bedford", request);
                    return true;
                } catch (RefusedException refused) {
                    return false;
                } finally {
                    signIn.out();
                }
            }));
        }
        start.countDown();
        int booked = 0;
        for (Future<Boolean> outcome : outcomes) {
            booked += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(booked).isEqualTo(1);
        signIn.as("amira.khan");
        assertThat(bookings.between("bedford", monday.plusDays(1).atZone(ClinicTime.ZONE),
                monday.plusDays(2).atZone(ClinicTime.ZONE))).filteredOn(a -> a.clinicianName().equals("Grace Adeyemi"))
                .hasSize(1);
    }

    @Test
    void movingChecksTheSameRulesAndAStaleMoveIsRefused() {
        ScheduledAssessment first = bookings.book("bedford", request(awaitingAssessment("bedford", "MoveA"),
                "Amira Khan", "Assessment room A", monday));
        ScheduledAssessment second = bookings.book("bedford", request(awaitingAssessment("bedford", "MoveB"),
                "Amira Khan", "Assessment room A", monday.plusHours(2)));

        ScheduledAssessment moved = bookings.move(first.id(), first.version(), monday.plusHours(4),
                monday.plusHours(5).plusMinutes(30), null);
        assertThat(moved.start().toLocalDateTime()).isEqualTo(monday.plusHours(4));
        assertThat(moved.end().toLocalDateTime()).isEqualTo(monday.plusHours(5).plusMinutes(30));

        assertThatThrownBy(() -> bookings.move(second.id(), second.version(), monday.plusHours(4),
                monday.plusHours(5), null)).isInstanceOf(RefusedException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> bookings.move(first.id(), first.version(), monday, monday.plusHours(1), null))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Someone else changed this appointment");
        assertThat(bookings.between("bedford", monday.atZone(ClinicTime.ZONE), monday.plusDays(1).atZone(ClinicTime.ZONE)))
                .filteredOn(a -> a.id() == second.id()).singleElement()
                .extracting(a -> a.start().toLocalDateTime()).isEqualTo(monday.plusHours(2));
    }

    @Test
    void cancellingNeedsAReasonFreesTheTimeAndKeepsThePatientsPlace() {
        ReferralSummary referral = awaitingAssessment("bedford", "Cancelled");
        ScheduledAssessment booked = bookings.book("bedford", request(referral, "Tom Hughes", "Assessment room A", monday));
        assertThatThrownBy(() -> bookings.cancel(booked.id(), booked.version(), true, " "))
                .isInstanceOf(InvalidInputException.class);

        bookings.cancel(booked.id(), booked.version(), true, "Childcare problem");

        ReferralSummary after = referralQueries.referral(referral.id()).orElseThrow();
        assertThat(after.stage()).isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
        assertThat(after.referralDate()).as("the waiting-time clock still runs from the referral")
                .isEqualTo(referral.referralDate());
        ReferralSummary other = awaitingAssessment("bedford", "Freed");
        assertThat(bookings.book("bedford", request(other, "Tom Hughes", "Assessment room A", monday)).status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void outcomesMoveThePatientAlongThePathway() {
        ScheduledAssessment suitable = tookPlace(bookings.book("bedford", request(awaitingAssessment("bedford", "Fit"),
                "Amira Khan", "Assessment room A", monday)));
        ScheduledAssessment unsuitable = tookPlace(bookings.book("bedford", request(awaitingAssessment("bedford", "Unfit"),
                "Amira Khan", "Assessment room A", monday.plusHours(1))));
        ScheduledAssessment missed = tookPlace(bookings.book("bedford", request(awaitingAssessment("bedford", "Missed"),
                "Amira Khan", "Assessment room A", monday.plusHours(2))));
        ScheduledAssessment future = bookings.book("bedford", request(awaitingAssessment("bedford", "Future"),
                "Amira Khan", "Assessment room A", monday.plusHours(3)));

        assertThatThrownBy(() -> bookings.recordOutcome(future.id(), future.version(), AssessmentOutcome.SUITABLE, null))
                .isInstanceOf(RefusedException.class).hasMessageContaining("hasn't started yet");
        bookings.recordOutcome(suitable.id(), suitable.version(), AssessmentOutcome.SUITABLE, null);
        assertThatThrownBy(() -> bookings.recordOutcome(unsuitable.id(), unsuitable.version(),
                AssessmentOutcome.NOT_SUITABLE, "")).isInstanceOf(InvalidInputException.class);
        bookings.recordOutcome(unsuitable.id(), unsuitable.version(), AssessmentOutcome.NOT_SUITABLE,
                "Needs a pain clinic first");
        bookings.recordOutcome(missed.id(), missed.version(), AssessmentOutcome.DID_NOT_ATTEND, null);

        assertThat(stageOf(suitable)).isEqualTo(PathwayStage.AWAITING_GROUP);
        assertThat(stageOf(unsuitable)).isEqualTo(PathwayStage.DISCHARGED);
        assertThat(stageOf(missed)).isEqualTo(PathwayStage.AWAITING_ASSESSMENT);
        assertThatThrownBy(() -> bookings.recordOutcome(suitable.id(), suitable.version() + 1,
                AssessmentOutcome.DID_NOT_ATTEND, null)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("already recorded");
    }

    @Test
    void anotherSitesStaffCanNeitherBookNorTouchThisSitesAppointments() {
        ScheduledAssessment booked = bookings.book("bedford", request(awaitingAssessment("bedford", "Scoped"),
                "Amira Khan", "Assessment room A", monday));
        signIn.as("priya.patel");
        assertThatThrownBy(() -> bookings.between("bedford", monday.atZone(ClinicTime.ZONE),
                monday.plusDays(1).atZone(ClinicTime.ZONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.move(booked.id(), booked.version(), monday.plusHours(1), monday.plusHours(2),
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancel(booked.id(), booked.version(), false, "no"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("olivia.bennett");
        assertThatThrownBy(() -> bookings.cancel(booked.id(), booked.version(), true, "no"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPatientSeesTheirOwnUpcomingAssessments() {
        long olivia = jdbc.queryForObject("select patient_id from user_account where username = 'olivia.bennett'",
                Long.class);
        signIn.as("amira.khan");
        ReferralSummary referral = referralQueries.referralsOf(olivia).getFirst();
        if (referral.stage() == PathwayStage.AWAITING_ASSESSMENT) {
            bookings.book("bedford", request(referral, "Tom Hughes", "Assessment room B", monday.plusDays(2)));
        }
        List<Long> hers = bookings.between("bedford", LocalDate.now(ClinicTime.ZONE).atStartOfDay(ClinicTime.ZONE),
                monday.plusWeeks(1).atZone(ClinicTime.ZONE)).stream().filter(a -> a.patientId() == olivia)
                .map(ScheduledAssessment::id).toList();

        signIn.as("olivia.bennett");
        assertThat(bookings.myUpcoming()).extracting(ScheduledAssessment::id).isNotEmpty()
                .containsExactlyElementsOf(hers);
        assertThat(bookings.myUpcoming()).allSatisfy(a -> assertThat(a.siteName()).isEqualTo("Bedford"));
        signIn.as("fatima.ali");
        assertThat(bookings.myUpcoming()).isEmpty();
    }

    private ReferralSummary awaitingAssessment(String site, String name) {
        ReferralSummary accepted = referrals.awaitingAssessment(site.equals("bedford") ? "amira.khan" : "priya.patel",
                site, name, LocalDate.now().minusDays(10));
        signIn.as("amira.khan");
        return accepted;
    }

    private BookingRequest request(ReferralSummary referral, String clinician, String room, LocalDateTime start) {
        return new BookingRequest(referral.id(), clinician(referral.siteCode(), clinician),
                room(referral.siteCode(), room), start, BookingRequest.DEFAULT_MINUTES, null);
    }

    private long clinician(String site, String name) {
        long siteId = sites.findByCode(site).orElseThrow().id();
        return staff.clinicians(siteId).stream().filter(c -> c.name().equals(name)).findFirst()
                .map(ClinicianSummary::id).orElseThrow();
    }

    private long room(String site, String name) {
        long siteId = sites.findByCode(site).orElseThrow().id();
        return sites.rooms(siteId).stream().filter(r -> r.name().equals(name)).findFirst().map(RoomSummary::id)
                .orElseThrow();
    }

    /** Time passes: the assessment took place two days ago (MariaDB assigns left to right). */
    private ScheduledAssessment tookPlace(ScheduledAssessment assessment) {
        jdbc.update("update appointment set ends_at = timestampadd(second, timestampdiff(second, starts_at, ends_at), "
                + "utc_timestamp() - interval 2 day), starts_at = utc_timestamp() - interval 2 day where id = ?",
                assessment.id());
        return assessment;
    }

    private PathwayStage stageOf(ScheduledAssessment assessment) {
        return referralQueries.referral(assessment.referralId()).orElseThrow().stage();
    }
}
