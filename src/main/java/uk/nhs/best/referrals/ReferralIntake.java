package uk.nhs.best.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.patients.PatientRegistration;
import uk.nhs.best.patients.PatientSummary;
import uk.nhs.best.referrals.internal.ReferralStore;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/** Recording GP referrals at a site, by that site's staff. */
@Service
public class ReferralIntake {

    private final SiteDirectory sites;
    private final PatientDirectory patients;
    private final ReferralStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralIntake(SiteDirectory sites, PatientDirectory patients, ReferralStore store, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.sites = sites;
        this.patients = patients;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A known patient by NHS number, whichever site knows them: NHS numbers are how referrals arrive. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public Optional<PatientSummary> findByNhsNumber(String siteCode, String nhsNumber) {
        return NhsNumber.parse(nhsNumber).flatMap(patients::findByNhsNumber);
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public List<PatientSummary> findPatients(String siteCode, String text) {
        return patients.search(sites.require(siteCode).id(), text, 20);
    }

    /**
     * Records the referral and, if the NHS number is new, the patient. Refused with a message per
     * field when something typed is wrong, or when the patient already has an open referral here.
     */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional
    public RecordedReferral record(String siteCode, ReferralForm form) {
        SiteSummary site = sites.require(siteCode);
        LocalDate today = ClinicTime.today(clock);
        InvalidInputException.Collector problems = new InvalidInputException.Collector()
                .check(blank(form.gpPractice()), "gpPractice", "Enter the referring GP practice.")
                .check(length(form.gpPractice()) > 200, "gpPractice", "Use at most 200 characters.")
                .check(form.referralDate() == null, "referralDate", "Enter the date of the GP's referral.")
                .check(form.referralDate() != null && form.referralDate().isAfter(today), "referralDate",
                        "The referral date cannot be in the future.")
                .check(blank(form.reason()), "reason", "Enter the reason for referral.")
                .check(length(form.reason()) > 2000, "reason", "Use at most 2,000 characters.")
                .check(length(form.notes()) > 4000, "notes", "Use at most 4,000 characters.");
        PatientRegistration registration = null;
        try {
            registration = patients.findOrRegister(form.patient(), site.id());
        } catch (InvalidInputException patientProblems) {
            patientProblems.fieldErrors().forEach(problems::add);
        }
        // Every problem at once; a patient registered above is rolled back with the rest.
        problems.throwIfAny();
        PatientSummary patient = registration.patient();
        if (store.hasOpenReferral(patient.id(), site.id())) {
            throw new RefusedException(patient.fullName() + " already has an open referral at " + site.name()
                    + ". Find it on the waiting lists instead of recording it again.");
        }
        long referralId = store.recordNew(patient.id(), site.id(), form.referralDate(), form.gpPractice().trim(),
                form.reason().trim(), blankToNull(form.notes()), currentUser.require().username());
        events.publishEvent(new AuditEvent(AuditAction.REFERRAL_RECORDED, patient.id(), site.id(),
                "Referral " + referralId + " from " + form.gpPractice().trim() + ", dated "
                        + ClinicTime.formatDate(form.referralDate())));
        return new RecordedReferral(referralId, patient, registration.existing());
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.trim().length();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
