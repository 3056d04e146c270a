package uk.nhs.best.patientrecord;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.patients.PatientDetails;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.referrals.PathwayEvent;
import uk.nhs.best.referrals.PathwayStep;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/**
 * Opens a patient's record for a clinician of one of the patient's sites (their home site or a
 * site they were referred to), and writes every opening to the audit log.
 */
@Service
public class PatientRecordService {

    private final PatientDirectory patients;
    private final ReferralQueries referrals;
    private final SiteDirectory sites;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    PatientRecordService(PatientDirectory patients, ReferralQueries referrals, SiteDirectory sites,
                         CurrentUser currentUser, ApplicationEventPublisher events) {
        this.patients = patients;
        this.referrals = referrals;
        this.sites = sites;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public PatientRecord open(long patientId) {
        // The same refusal for a patient who doesn't exist and one who isn't yours: ids reveal nothing.
        AccessDeniedException notYours = new AccessDeniedException("This patient is not under the care of your sites.");
        PatientDetails patient = patients.details(patientId).orElseThrow(() -> notYours);
        List<ReferralSummary> referralList = referrals.referralsOf(patientId);
        Set<String> patientSites = new TreeSet<>(sites.codesOf(List.of(patient.homeSiteId())));
        referralList.forEach(referral -> patientSites.add(referral.siteCode()));
        PortalUser user = currentUser.require();
        if (patientSites.stream().noneMatch(user::worksAt)) {
            throw notYours;
        }
        events.publishEvent(new AuditEvent(AuditAction.PATIENT_RECORD_OPENED, patientId, patient.homeSiteId(), null));
        String homeSite = sites.findById(patient.homeSiteId()).map(SiteSummary::name).orElse("");
        return new PatientRecord(patient, homeSite, referralList, timeline(referralList, referrals.historyOf(patientId)));
    }

    private static List<TimelineEntry> timeline(List<ReferralSummary> referralList, List<PathwayEvent> history) {
        Map<Long, ReferralSummary> byId = new HashMap<>();
        referralList.forEach(referral -> byId.put(referral.id(), referral));
        return history.stream().map(event -> {
            ReferralSummary referral = byId.get(event.referralId());
            String detail = event.step() == PathwayStep.RECEIVED
                    ? "Referred by " + referral.gpPractice() + " on " + ClinicTime.formatDate(referral.referralDate())
                            + ": " + referral.reason()
                    : event.reason();
            return new TimelineEntry(event.occurredAt(), referral.siteName(), event.step().label(), detail,
                    event.actor());
        }).sorted(Comparator.comparing(TimelineEntry::at).reversed()).toList();
    }
}
