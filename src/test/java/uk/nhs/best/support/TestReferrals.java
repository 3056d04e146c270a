package uk.nhs.best.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uk.nhs.best.patients.NewPatient;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.referrals.PathwaySteps;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralForm;
import uk.nhs.best.referrals.ReferralIntake;
import uk.nhs.best.referrals.ReferralSummary;

/** Fresh patients and referrals for tests that change data, so tests never step on each other. */
@Component
public class TestReferrals {

    // The demo uses the start of the 999 test range; tests take numbers from a random point far above it.
    private static final AtomicInteger SERIAL = new AtomicInteger(500_000 + ThreadLocalRandom.current().nextInt(400_000));

    private final ReferralIntake intake;
    private final ReferralDecisions decisions;
    private final PathwaySteps pathway;
    private final SignIn signIn;

    TestReferrals(ReferralIntake intake, ReferralDecisions decisions, PathwaySteps pathway, SignIn signIn) {
        this.intake = intake;
        this.decisions = decisions;
        this.pathway = pathway;
        this.signIn = signIn;
    }

    public static String newNhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", SERIAL.getAndIncrement());
            Integer check = NhsNumber.checkDigit(nine);
            if (check != null) {
                return nine + check;
            }
        }
    }

    public static NewPatient newPatient(String givenName, String familyName) {
        return new NewPatient(newNhsNumber(), givenName, familyName, LocalDate.of(1970, 5, 17), "07700 900123",
                null, "1 High Street", "MK40 1AA");
    }

    public static ReferralForm form(NewPatient patient, LocalDate referralDate) {
        return new ReferralForm(patient, "Priory Surgery", referralDate, "Low back pain for 3 months.", null);
    }

    /** A new patient's referral, recorded and accepted by {@code clinician}, who stays signed in. */
    public ReferralSummary awaitingAssessment(String clinician, String siteCode, String familyName,
                                              LocalDate referralDate) {
        long id = record(clinician, siteCode, familyName, referralDate).referralId();
        return decisions.accept(id, decisions.referral(id).version());
    }

    /**
     * A new patient assessed as suitable, waiting for a group; {@code clinician} stays signed in.
     * The assessment's steps are taken on the pathway without a calendar booking.
     */
    public ReferralSummary awaitingGroup(String clinician, String siteCode, String familyName,
                                        LocalDate referralDate) {
        long id = awaitingAssessment(clinician, siteCode, familyName, referralDate).id();
        pathway.assessmentBooked(id, "test assessment");
        pathway.assessedSuitable(id);
        return decisions.referral(id);
    }

    /** A new patient's referral at the site, recorded by {@code recorder}, who stays signed in. */
    public RecordedReferral record(String recorder, String siteCode, String familyName, LocalDate referralDate) {
        signIn.as(recorder);
        return intake.record(siteCode, form(newPatient("Test", familyName), referralDate));
    }
}
