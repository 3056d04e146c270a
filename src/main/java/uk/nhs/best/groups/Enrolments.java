package uk.nhs.best.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.groups.internal.ProgrammeStore;
import uk.nhs.best.groups.internal.ProgrammeStore.OpenEnrolment;
import uk.nhs.best.groups.internal.ProgrammeStore.ProgrammeRow;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PatientDischarged;
import uk.nhs.best.referrals.PathwaySteps;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingLists;
import uk.nhs.best.referrals.WaitingPatient;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/**
 * Who is in a programme: enrolment up to the limit, the programme's waiting list, offers of freed
 * places, withdrawals, the registers and the site's follow-up tasks. Enrolments into one
 * programme queue up on its row, so the limit holds however many people enrol at once.
 */
@Service
public class Enrolments {

    /** Completion needs 3 sessions attended: nobody joins when fewer are left. */
    private static final int SESSIONS_NEEDED = 3;

    private final GroupProgrammes programmes;
    private final ProgrammeStore store;
    private final SiteDirectory sites;
    private final ReferralQueries referrals;
    private final WaitingLists waitingLists;
    private final PathwaySteps pathway;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrolments(GroupProgrammes programmes, ProgrammeStore store, SiteDirectory sites, ReferralQueries referrals,
               WaitingLists waitingLists, PathwaySteps pathway, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.store = store;
        this.sites = sites;
        this.referrals = referrals;
        this.waitingLists = waitingLists;
        this.pathway = pathway;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One who could join: waiting for a group at the site, and where they already are, if anywhere. */
    public record Candidate(WaitingPatient patient, String alreadyListed) {
    }

    /** The site's patients awaiting a group, longest waiting first, to enrol into this programme. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long programmeId) {
        ProgrammeRow row = programmes.readable(programmeId);
        String siteCode = sites.findById(row.siteId()).orElseThrow().code();
        List<WaitingPatient> waiting = waitingLists.page(siteCode, WaitingListQuery.of(WaitingList.AWAITING_GROUP)
                .withStage(PathwayStage.AWAITING_GROUP), 0, 500);
        Map<Long, String> listed = store.openEnrolmentsAmong(waiting.stream().map(WaitingPatient::patientId).toList());
        return waiting.stream().map(w -> new Candidate(w, listed.get(w.patientId()))).toList();
    }

    /**
     * Enrols the patient of this referral. When the last place has just gone, refuses with
     * {@link ProgrammeFullException}: the patient can go on the waiting list instead.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public Enrolment enrol(long programmeId, long referralId) {
        ProgrammeRow row = lockedForJoining(programmeId);
        ReferralSummary referral = joinable(row, referralId);
        String programme = row.name();
        if (store.firstWaiting(programmeId).isPresent()) {
            throw new ProgrammeFullException(programme + " has patients on its waiting list: a freed place goes to "
                    + "them in turn. Put the patient on the waiting list instead?");
        }
        if (store.placesTaken(programmeId) >= row.maxSize()) {
            throw new ProgrammeFullException(programme + " is full: all " + row.maxSize()
                    + " places are taken. Put the patient on its waiting list instead?");
        }
        long id = insert(row, referral, EnrolmentStatus.ENROLLED);
        pathway.enrolledInGroup(referralId, programme);
        events.publishEvent(new AuditEvent(AuditAction.PATIENT_ENROLLED, referral.patientId(), row.siteId(), programme));
        return store.enrolment(id).orElseThrow();
    }

    /** Puts the patient on the programme's waiting list, after those already on it. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public Enrolment addToWaitingList(long programmeId, long referralId) {
        ProgrammeRow row = lockedForJoining(programmeId);
        ReferralSummary referral = joinable(row, referralId);
        long id = insert(row, referral, EnrolmentStatus.WAITING);
        String programme = row.name();
        events.publishEvent(new AuditEvent(AuditAction.PATIENT_WAITLISTED, referral.patientId(), row.siteId(),
                programme));
        // A place may be free with nobody offered it yet (a withdrawal when the list was empty).
        offerFreedPlace(row);
        return store.enrolment(id).orElseThrow();
    }

    /**
     * Takes the patient out of the programme (or off its waiting list) with a reason. An enrolled
     * patient goes back to "awaiting a group"; a freed place is offered to the first on the list.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public void withdraw(long enrolmentId, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "Say why the patient is withdrawn."));
        }
        Enrolment enrolment = openEnrolment(enrolmentId, seenVersion);
        ProgrammeRow row = store.lock(programmes.readable(enrolment.programmeId()).id());
        change(enrolment, EnrolmentStatus.WITHDRAWN, limited(reason));
        if (enrolment.status() == EnrolmentStatus.ENROLLED) {
            pathway.leftGroup(enrolment.referralId(), "Withdrawn from " + row.name() + ": " + reason.trim());
        }
        events.publishEvent(new AuditEvent(AuditAction.PATIENT_WITHDRAWN, enrolment.patientId(), row.siteId(),
                row.name() + ": " + reason.trim()));
        offerFreedPlace(row);
    }

    /** The patient said yes to the offered place: they are enrolled. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public void acceptOffer(long enrolmentId, long seenVersion) {
        Enrolment offer = offer(enrolmentId, seenVersion);
        ProgrammeRow row = store.lock(programmes.readable(offer.programmeId()).id());
        change(offer, EnrolmentStatus.ENROLLED, null);
        pathway.enrolledInGroup(offer.referralId(), row.name());
        events.publishEvent(new AuditEvent(AuditAction.PLACE_OFFER_ANSWERED, offer.patientId(), row.siteId(),
                row.name() + ": accepted"));
    }

    /** The patient said no: they stay awaiting a group, and the place goes to the next on the list. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public void declineOffer(long enrolmentId, long seenVersion) {
        Enrolment offer = offer(enrolmentId, seenVersion);
        ProgrammeRow row = store.lock(programmes.readable(offer.programmeId()).id());
        change(offer, EnrolmentStatus.DECLINED, "Declined the offered place");
        events.publishEvent(new AuditEvent(AuditAction.PLACE_OFFER_ANSWERED, offer.patientId(), row.siteId(),
                row.name() + ": declined"));
        offerFreedPlace(row);
    }

    /** A patient who did not complete goes back to "awaiting a group", for another programme. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void offerAnotherProgramme(long enrolmentId) {
        Enrolment enrolment = store.enrolment(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No such enrolment."));
        ProgrammeRow row = programmes.readable(enrolment.programmeId());
        if (!enrolment.awaitingDecision()) {
            throw new RefusedException(enrolment.patientName() + " is not waiting for a decision on this programme.");
        }
        pathway.leftGroup(enrolment.referralId(), "Did not complete " + row.name() + "; to join another programme");
    }

    /** A discharged patient lets go of their place, or their place on a waiting list, at once. */
    @EventListener
    void discharged(PatientDischarged discharge) {
        store.openEnrolmentOf(discharge.patientId()).ifPresent(open -> {
            Enrolment enrolment = store.enrolment(open.id()).orElseThrow();
            ProgrammeRow row = store.lock(open.programmeId());
            change(enrolment, EnrolmentStatus.WITHDRAWN, "Discharged");
            offerFreedPlace(row);
        });
    }

    /** The session's register: everyone enrolled, with their current mark and its history. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional(readOnly = true)
    public SessionRegister register(long appointmentId) {
        GroupSession session = store.session(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("No such group session."));
        ProgrammeRow row = programmes.readable(session.programmeId());
        Map<Long, List<MarkRecord>> marks = store.marks(appointmentId);
        List<RegisterLine> lines = store.enrolments(row.id()).stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED
                        || e.status() == EnrolmentStatus.NOT_COMPLETED || marks.containsKey(e.id()))
                .map(e -> {
                    List<MarkRecord> history = marks.getOrDefault(e.id(), List.of());
                    return new RegisterLine(e.id(), e.patientId(), e.patientName(),
                            history.isEmpty() ? null : history.getLast().mark(), history);
                }).toList();
        return new SessionRegister(sites.findById(row.siteId()).orElseThrow().code(), row.id(), row.name(),
                session, row.status() == ProgrammeStatus.ACTIVE && !session.cancelled(), lines);
    }

    /**
     * Marks a patient at a session; a second mark corrects the first, and both stay on record.
     * Attendance is marked from the session's start; a cancellation can be marked before it.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public SessionRegister mark(long appointmentId, long enrolmentId, AttendanceMark mark) {
        if (mark == null) {
            throw new InvalidInputException(Map.of("mark", "Choose a mark."));
        }
        SessionRegister register = register(appointmentId);
        RegisterLine line = register.lines().stream().filter(l -> l.enrolmentId() == enrolmentId).findFirst()
                .orElseThrow(() -> new RefusedException("That patient is not on this session's register."));
        if (!register.open()) {
            throw new RefusedException("This register is closed: the programme is completed or cancelled.");
        }
        boolean cancellation = mark == AttendanceMark.CANCELLED_BY_PATIENT || mark == AttendanceMark.CANCELLED_BY_SERVICE;
        if (!cancellation && register.session().start().toInstant().isAfter(clock.instant())) {
            throw new RefusedException("Session " + register.session().number() + " hasn't started yet: mark "
                    + "attendance from " + ClinicTime.DATE_TIME.format(register.session().start()) + ".");
        }
        if (mark == line.mark()) {
            return register;
        }
        store.insertMark(appointmentId, enrolmentId, mark, currentUser.require().username(), clock.instant());
        ProgrammeRow row = store.row(register.programmeId()).orElseThrow();
        events.publishEvent(new AuditEvent(AuditAction.ATTENDANCE_MARKED, line.patientId(), row.siteId(),
                register.programmeName() + ", session " + register.session().number() + ": " + mark.label()
                        + (line.mark() == null ? "" : " (corrected from " + line.mark().label() + ")")));
        return register(appointmentId);
    }

    /** What the site's staff should act on. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public GroupTasks tasks(String siteCode) {
        SiteSummary site = sites.require(siteCode);
        Instant now = clock.instant();
        List<ProgrammeSummary> all = store.summaries(site.id(), now);
        Map<Long, String> names = new HashMap<>();
        all.forEach(p -> names.put(p.id(), p.name()));
        List<GroupTasks.PlaceOffer> offers = store.enrolmentsAtSite(site.id(), EnrolmentStatus.OFFERED)
                .stream().map(e -> new GroupTasks.PlaceOffer(e.id(), e.programmeId(), names.get(e.programmeId()),
                        e.patientId(), e.patientName(), e.version())).toList();
        List<Enrolment> enrolled = store.enrolmentsAtSite(site.id(), EnrolmentStatus.ENROLLED);
        Map<Long, Map<Integer, AttendanceMark>> marks = store.currentMarksAtSite(site.id());
        List<GroupTasks.FollowUp> followUps = new ArrayList<>();
        for (Enrolment e : enrolled) {
            missedTwiceInARow(marks.getOrDefault(e.id(), Map.of())).ifPresent(missed -> followUps.add(
                    new GroupTasks.FollowUp(e.id(), e.programmeId(), names.get(e.programmeId()), e.patientId(),
                            e.patientName(), missed)));
        }
        List<GroupTasks.FollowUp> decisions = store.awaitingDecisionAtSite(site.id()).stream()
                .map(e -> new GroupTasks.FollowUp(e.id(), e.programmeId(), names.get(e.programmeId()), e.patientId(),
                        e.patientName(), e.statusReason())).toList();
        return new GroupTasks(offers, followUps, all.stream().filter(ProgrammeSummary::belowMinimum).toList(),
                decisions);
    }

    /** The site's DNA and completion figures for this quarter so far (calendar quarters). */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public GroupRates thisQuarter(String siteCode) {
        SiteSummary site = sites.require(siteCode);
        ZonedDateTime from = quarterStart(clock);
        return rates(site.id(), from.toInstant(), from.plusMonths(3).toInstant());
    }

    /** The first day of the calendar quarter that today is in, at midnight in London. */
    public static ZonedDateTime quarterStart(Clock clock) {
        ZonedDateTime today = ClinicTime.today(clock).atStartOfDay(ClinicTime.ZONE);
        int firstMonth = (today.getMonthValue() - 1) / 3 * 3 + 1;
        return today.withMonth(firstMonth).with(TemporalAdjusters.firstDayOfMonth());
    }

    /**
     * Places taken and offered in the site's running and coming programmes, against their places:
     * counts only, callers check who may see them.
     */
    public PlacesFilled placesFilled(long siteId) {
        Instant now = clock.instant();
        List<ProgrammeSummary> open = store.summaries(siteId, now).stream()
                .filter(p -> p.status() == ProgrammeStatus.ACTIVE && p.lastSession() != null
                        && p.lastSession().toInstant().isAfter(now)).toList();
        return new PlacesFilled(open.stream().mapToInt(p -> p.enrolled() + p.offered()).sum(),
                open.stream().mapToInt(ProgrammeSummary::maxSize).sum());
    }

    public record PlacesFilled(int taken, int places) {

        public Double share() {
            return places == 0 ? null : (double) taken / places;
        }
    }

    /**
     * A site's group figures over [from, to): counts only, no patient in them. Callers check who
     * may see the site's figures.
     */
    public GroupRates rates(long siteId, Instant from, Instant to) {
        Map<AttendanceMark, Integer> marks = store.markCounts(siteId, from, to);
        Map<EnrolmentStatus, Integer> completion = store.completionCounts(siteId, from, to);
        return new GroupRates(marks.getOrDefault(AttendanceMark.ATTENDED, 0),
                marks.getOrDefault(AttendanceMark.DID_NOT_ATTEND, 0),
                completion.getOrDefault(EnrolmentStatus.COMPLETED, 0),
                completion.getOrDefault(EnrolmentStatus.NOT_COMPLETED, 0));
    }

    /** The signed-in patient's programme, if they are in one or waiting for one. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public Optional<MyProgramme> myProgramme() {
        Long patientId = currentUser.require().patientId();
        if (patientId == null) {
            return Optional.empty();
        }
        return store.openEnrolmentOf(patientId).map(open -> {
            ProgrammeSummary summary = store.summary(open.programmeId(), clock.instant()).orElseThrow();
            ProgrammeRow row = store.row(open.programmeId()).orElseThrow();
            return new MyProgramme(summary.name(), sites.findById(row.siteId()).orElseThrow().name(),
                    summary.roomName(), open.status(), store.sessions(open.programmeId()).stream()
                    .filter(s -> !s.cancelled()).toList());
        });
    }

    /** E.g. "missed sessions 2 and 3", for two missed sessions in a row. */
    static Optional<String> missedTwiceInARow(Map<Integer, AttendanceMark> marks) {
        for (int number = 1; number < ProgrammeSeries.SESSIONS; number++) {
            AttendanceMark first = marks.get(number);
            AttendanceMark second = marks.get(number + 1);
            if (first != null && second != null && first.missed() && second.missed()) {
                return Optional.of("missed sessions " + number + " and " + (number + 1));
            }
        }
        return Optional.empty();
    }

    private ProgrammeRow lockedForJoining(long programmeId) {
        programmes.readable(programmeId);
        ProgrammeRow row = store.lock(programmeId);
        if (row.status() != ProgrammeStatus.ACTIVE) {
            throw new RefusedException("This programme is " + row.status().label().toLowerCase(ClinicTime.LOCALE)
                    + ": nobody can join it.");
        }
        if (!enoughSessionsLeft(programmeId)) {
            throw new RefusedException("Too late to join " + row.name() + ": fewer than " + SESSIONS_NEEDED
                    + " sessions are left, and completing needs " + SESSIONS_NEEDED + ".");
        }
        return row;
    }

    private boolean enoughSessionsLeft(long programmeId) {
        Instant now = clock.instant();
        return store.sessions(programmeId).stream().filter(s -> !s.cancelled() && s.start().toInstant().isAfter(now))
                .count() >= SESSIONS_NEEDED;
    }

    private ReferralSummary joinable(ProgrammeRow row, long referralId) {
        ReferralSummary referral = referrals.referral(referralId).filter(r -> r.siteId() == row.siteId())
                .orElseThrow(() -> new RefusedException("That referral is not at this programme's site."));
        if (referral.stage() != PathwayStage.AWAITING_GROUP) {
            throw new RefusedException("Only patients awaiting a group can join: this patient is "
                    + referral.stage().label().toLowerCase(ClinicTime.LOCALE) + ".");
        }
        Optional<OpenEnrolment> open = store.openEnrolmentOf(referral.patientId());
        if (open.isPresent() && open.get().programmeId() == row.id()) {
            throw new RefusedException("This patient is already " + open.get().status().label()
                    .toLowerCase(ClinicTime.LOCALE) + " for this programme.");
        }
        if (open.isPresent() && open.get().status() != EnrolmentStatus.WAITING) {
            throw new RefusedException("This patient is already " + open.get().status().label()
                    .toLowerCase(ClinicTime.LOCALE) + " for " + open.get().programmeName() + ".");
        }
        return referral;
    }

    private long insert(ProgrammeRow row, ReferralSummary referral, EnrolmentStatus status) {
        String by = currentUser.require().username();
        Instant now = clock.instant();
        // Joining a programme takes the patient off another programme's waiting list.
        store.openEnrolmentOf(referral.patientId()).ifPresent(other -> {
            if (status == EnrolmentStatus.WAITING) {
                throw new RefusedException("This patient is already on the waiting list for " + other.programmeName()
                        + ": a patient waits for one programme at a time.");
            }
            if (!store.setEnrolmentStatus(other.id(), other.version(), EnrolmentStatus.WITHDRAWN,
                    "Joined " + row.name(), by, now)) {
                throw changedMeanwhile();
            }
        });
        try {
            return store.insertEnrolment(row.id(), referral.patientId(), referral.id(), status, by, now);
        } catch (DuplicateKeyException sameMoment) {
            throw new RefusedException("Someone else has just placed this patient in a programme. Nothing was "
                    + "changed; look again.");
        }
    }

    private void offerFreedPlace(ProgrammeRow row) {
        if (row.status() != ProgrammeStatus.ACTIVE || !enoughSessionsLeft(row.id())
                || store.placesTaken(row.id()) >= row.maxSize()) {
            return;
        }
        store.firstWaiting(row.id()).ifPresent(next -> {
            change(next, EnrolmentStatus.OFFERED, "Place freed on " + ClinicTime.formatDate(ClinicTime.today(clock)));
            events.publishEvent(new AuditEvent(AuditAction.PLACE_OFFERED, next.patientId(), row.siteId(),
                    row.name()));
        });
    }

    private Enrolment openEnrolment(long enrolmentId, long seenVersion) {
        Enrolment enrolment = store.enrolment(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No such enrolment."));
        programmes.readable(enrolment.programmeId());
        if (enrolment.version() != seenVersion) {
            throw changedMeanwhile();
        }
        if (!enrolment.status().isOpen()) {
            throw new RefusedException(enrolment.patientName() + " is no longer in this programme: "
                    + enrolment.status().label().toLowerCase(ClinicTime.LOCALE) + ".");
        }
        return enrolment;
    }

    private Enrolment offer(long enrolmentId, long seenVersion) {
        Enrolment offer = openEnrolment(enrolmentId, seenVersion);
        if (offer.status() != EnrolmentStatus.OFFERED) {
            throw new RefusedException(offer.patientName() + " has no place on offer.");
        }
        return offer;
    }

    private void change(Enrolment enrolment, EnrolmentStatus status, String reason) {
        if (!store.setEnrolmentStatus(enrolment.id(), enrolment.version(), status, reason,
                currentUser.require().username(), clock.instant())) {
            throw changedMeanwhile();
        }
    }

    private static String limited(String reason) {
        if (reason.trim().length() > 500) {
            throw new InvalidInputException(Map.of("reason", "Use at most 500 characters."));
        }
        return reason.trim();
    }

    private static RefusedException changedMeanwhile() {
        return new RefusedException("Someone else changed this enrolment a moment ago. Nothing was changed; "
                + "look again.");
    }
}
