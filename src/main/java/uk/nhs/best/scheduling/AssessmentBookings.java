package uk.nhs.best.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PathwaySteps;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingLists;
import uk.nhs.best.scheduling.internal.AppointmentStore;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;
import uk.nhs.best.security.SiteAccess;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.staff.WorkingHours;

/**
 * Booking, moving, cancelling and recording one-to-one assessments. A clinician, a room or a
 * patient is never in two appointments at once, and bookings stay inside the clinician's working
 * hours at the site unless a site manager overrides with a reason. Every refusal says why and
 * changes nothing.
 */
@Service
public class AssessmentBookings {

    private final SiteDirectory sites;
    private final StaffDirectory staff;
    private final ReferralQueries referrals;
    private final WaitingLists waitingLists;
    private final PathwaySteps pathway;
    private final AppointmentStore store;
    private final CalendarUpdates updates;
    private final CurrentUser currentUser;
    private final SiteAccess siteAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentBookings(SiteDirectory sites, StaffDirectory staff, ReferralQueries referrals, WaitingLists waitingLists,
                       PathwaySteps pathway, AppointmentStore store, CalendarUpdates updates, CurrentUser currentUser,
                       SiteAccess siteAccess, ApplicationEventPublisher events, Clock clock) {
        this.sites = sites;
        this.staff = staff;
        this.referrals = referrals;
        this.waitingLists = waitingLists;
        this.pathway = pathway;
        this.store = store;
        this.updates = updates;
        this.currentUser = currentUser;
        this.siteAccess = siteAccess;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional
    public ScheduledAssessment book(String siteCode, BookingRequest request) {
        SiteSummary site = sites.require(siteCode);
        Instant start = london(request.start());
        Instant end = start.plusSeconds(request.minutes() * 60L);
        checkTimes(start, end);
        ReferralSummary referral = referrals.referral(request.referralId())
                .filter(r -> r.siteId() == site.id()).orElseThrow(() -> new RefusedException(
                        "That referral is not at " + site.name() + "."));
        if (referral.stage() != PathwayStage.AWAITING_ASSESSMENT) {
            throw new RefusedException("This patient is not waiting for an assessment: they are "
                    + referral.stage().label().toLowerCase(ClinicTime.LOCALE) + ".");
        }
        RoomSummary room = sites.requireActiveRoom(site, request.roomId());
        ClinicianSummary clinician = clinicianAt(site, request.clinicianId());
        String override = checkWorkingHours(site, clinician, start, end, request.overrideReason());

        store.lockResources(List.of(clinician.id()), room.id(), List.of(referral.patientId()));
        refuseClashes(store.clashes(List.of(clinician.id()), room.id(), List.of(referral.patientId()), start, end,
                List.of()));
        long id = store.insertAssessment(site.id(), room.id(), start, end, currentUser.require().username(),
                clinician.id(), referral.patientId(), referral.id(), override, clock.instant());
        ScheduledAssessment booked = store.find(id).orElseThrow();
        pathway.assessmentBooked(referral.id(), describe(booked));
        events.publishEvent(new AuditEvent(AuditAction.ASSESSMENT_BOOKED, booked.patientId(), site.id(),
                describe(booked) + (override == null ? "" : "; outside working hours: " + override)));
        events.publishEvent(new AppointmentsChanged(site.id()));
        return booked;
    }

    /** Moves (drag) or resizes an assessment, after the same checks as a booking. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public ScheduledAssessment move(long appointmentId, long seenVersion, LocalDateTime newStart, LocalDateTime newEnd,
                                    String overrideReason) {
        ScheduledAssessment assessment = readable(appointmentId);
        if (assessment.status() != AppointmentStatus.BOOKED) {
            throw new RefusedException("This assessment is " + assessment.status().label().toLowerCase(ClinicTime.LOCALE)
                    + ", so it can't be moved.");
        }
        Instant start = london(newStart);
        Instant end = london(newEnd);
        checkTimes(start, end);
        SiteSummary site = sites.findById(assessment.siteId()).orElseThrow();
        ClinicianSummary clinician = clinicianAt(site, assessment.clinicianId());
        String override = checkWorkingHours(site, clinician, start, end, overrideReason);
        store.lockResources(List.of(clinician.id()), assessment.roomId(), List.of(assessment.patientId()));
        refuseClashes(store.clashes(List.of(clinician.id()), assessment.roomId(), List.of(assessment.patientId()),
                start, end, List.of(appointmentId)));
        if (!store.moveTo(appointmentId, seenVersion, start, end)) {
            throw changedMeanwhile();
        }
        ScheduledAssessment moved = store.find(appointmentId).orElseThrow();
        events.publishEvent(new AuditEvent(AuditAction.ASSESSMENT_MOVED, moved.patientId(), moved.siteId(),
                "From " + when(assessment.start()) + " to " + describe(moved)
                        + (override == null ? "" : "; outside working hours: " + override)));
        events.publishEvent(new AppointmentsChanged(moved.siteId()));
        return moved;
    }

    /** Cancels; the patient goes back on the waiting list, keeping their referral date and so their place. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public ScheduledAssessment cancel(long appointmentId, long seenVersion, boolean byPatient, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "Say why the assessment is cancelled."));
        }
        ScheduledAssessment assessment = readable(appointmentId);
        if (assessment.status() != AppointmentStatus.BOOKED) {
            throw new RefusedException("This assessment is " + assessment.status().label().toLowerCase(ClinicTime.LOCALE)
                    + ", so it can't be cancelled.");
        }
        AppointmentStatus status = byPatient ? AppointmentStatus.CANCELLED_BY_PATIENT
                : AppointmentStatus.CANCELLED_BY_SERVICE;
        if (!store.setStatus(appointmentId, seenVersion, status, reason.trim())) {
            throw changedMeanwhile();
        }
        pathway.assessmentCancelled(assessment.referralId(), status.label() + ": " + reason.trim());
        events.publishEvent(new AuditEvent(AuditAction.ASSESSMENT_CANCELLED, assessment.patientId(),
                assessment.siteId(), describe(assessment) + "; " + status.label() + ": " + reason.trim()));
        events.publishEvent(new AppointmentsChanged(assessment.siteId()));
        return store.find(appointmentId).orElseThrow();
    }

    /**
     * Records what came of the assessment, from its start on: suitable patients join the group
     * waiting list, unsuitable ones are discharged with the reason, and a patient who did not
     * attend goes back on the assessment waiting list.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public ScheduledAssessment recordOutcome(long appointmentId, long seenVersion, AssessmentOutcome outcome,
                                             String reason) {
        ScheduledAssessment assessment = readable(appointmentId);
        if (outcome == null) {
            throw new InvalidInputException(Map.of("outcome", "Choose what came of the assessment."));
        }
        if (outcome == AssessmentOutcome.NOT_SUITABLE && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(Map.of("reason", "Say why the patient is not suitable for the group."));
        }
        if (assessment.status() != AppointmentStatus.BOOKED) {
            throw new RefusedException("The outcome of this assessment is already recorded: "
                    + assessment.status().label().toLowerCase(ClinicTime.LOCALE) + ".");
        }
        if (assessment.start().toInstant().isAfter(clock.instant())) {
            throw new RefusedException("This assessment hasn't started yet: record its outcome once it has.");
        }
        AppointmentStatus status = outcome == AssessmentOutcome.DID_NOT_ATTEND ? AppointmentStatus.DID_NOT_ATTEND
                : AppointmentStatus.ATTENDED;
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (!store.setStatus(appointmentId, seenVersion, status, why)) {
            throw changedMeanwhile();
        }
        store.setOutcome(appointmentId, outcome, why);
        switch (outcome) {
            case SUITABLE -> pathway.assessedSuitable(assessment.referralId());
            case NOT_SUITABLE -> pathway.assessedNotSuitable(assessment.referralId(), why);
            case DID_NOT_ATTEND -> pathway.assessmentNotAttended(assessment.referralId());
        }
        events.publishEvent(new AuditEvent(AuditAction.ASSESSMENT_OUTCOME_RECORDED, assessment.patientId(),
                assessment.siteId(), describe(assessment) + "; " + outcome.label() + (why == null ? "" : ": " + why)));
        events.publishEvent(new AppointmentsChanged(assessment.siteId()));
        return store.find(appointmentId).orElseThrow();
    }

    /**
     * What the booking dialog offers for a time: the site's patients awaiting assessment (longest
     * waiting first), the clinicians whose hours cover it and who are free, and the free rooms.
     */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public BookingOptions options(String siteCode, LocalDateTime start, int minutes) {
        SiteSummary site = sites.require(siteCode);
        ZonedDateTime from = start.atZone(ClinicTime.ZONE);
        ZonedDateTime to = from.plusMinutes(minutes);
        List<WorkingHours> hours = staff.workingHours(site.id());
        List<ClinicianSummary> clinicians = staff.clinicians(site.id());
        List<ClinicianSummary> working = clinicians.stream()
                .filter(c -> hours.stream().anyMatch(h -> h.staffId() == c.id()
                        && h.covers(from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime())))
                .toList();
        List<RoomSummary> rooms = sites.rooms(site.id()).stream().filter(RoomSummary::active).toList();
        AppointmentStore.Busy busy = store.busy(clinicians.stream().map(ClinicianSummary::id).toList(),
                rooms.stream().map(RoomSummary::id).toList(), from.toInstant(), to.toInstant());
        List<ClinicianSummary> free = clinicians.stream()
                .filter(c -> !busy.clinicianIds().contains(c.id())).toList();
        return new BookingOptions(
                waitingLists.page(siteCode, WaitingListQuery.of(WaitingList.AWAITING_ASSESSMENT)
                        .withStage(PathwayStage.AWAITING_ASSESSMENT), 0, 200),
                free.stream().filter(working::contains).toList(),
                free.stream().filter(c -> !working.contains(c)).toList(),
                rooms.stream().filter(r -> !busy.roomIds().contains(r.id())).toList());
    }

    /** The site's clinicians, rooms and working hours, for the calendar's filters and shading. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public CalendarSetup calendarSetup(String siteCode) {
        SiteSummary site = sites.require(siteCode);
        return new CalendarSetup(site.name(), staff.clinicians(site.id()),
                sites.rooms(site.id()).stream().filter(RoomSummary::active).toList(), staff.workingHours(site.id()));
    }

    /** Calls {@code onChange} after every committed change to the site's appointments; run the result to stop. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public Runnable watchCalendar(String siteCode, Runnable onChange) {
        SiteSummary site = sites.require(siteCode);
        return updates.watch(site.id(), onChange);
    }

    /** A site's assessments overlapping [from, to): one query, however long the site's history. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public List<ScheduledAssessment> between(String siteCode, ZonedDateTime from, ZonedDateTime to) {
        SiteSummary site = sites.require(siteCode);
        return store.between(site.id(), from.toInstant(), to.toInstant());
    }

    /**
     * How much of the site's clinic time assessments take in [from, to): hours booked against the
     * clinicians' working hours. Counts only, no patient in them: callers check who may see them.
     */
    @Transactional(readOnly = true)
    public AssessmentTime assessmentTime(long siteId, ZonedDateTime from, ZonedDateTime to) {
        double weeks = Duration.between(from, to).toDays() / 7.0;
        double working = staff.workingHours(siteId).stream().mapToDouble(WorkingHours::hours).sum() * weeks;
        return new AssessmentTime(store.assessmentHours(siteId, from.toInstant(), to.toInstant()), working);
    }

    /** The signed-in patient's own upcoming assessments. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<ScheduledAssessment> myUpcoming() {
        Long patientId = currentUser.require().patientId();
        return patientId == null ? List.of() : store.upcomingFor(patientId, clock.instant());
    }

    private ScheduledAssessment readable(long appointmentId) {
        ScheduledAssessment assessment = store.find(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("No such appointment."));
        String siteCode = sites.findById(assessment.siteId()).map(SiteSummary::code).orElseThrow();
        siteAccess.requireStaffAt(siteCode);
        return assessment;
    }

    private void checkTimes(Instant start, Instant end) {
        long minutes = (end.getEpochSecond() - start.getEpochSecond()) / 60;
        if (minutes <= 0 || minutes > AppointmentStore.LONGEST_MINUTES) {
            throw new InvalidInputException(Map.of("minutes", "An assessment lasts between 1 minute and 4 hours."));
        }
        if (start.isBefore(clock.instant())) {
            throw new RefusedException("That time has already passed: choose a time from now on.");
        }
    }

    private ClinicianSummary clinicianAt(SiteSummary site, long clinicianId) {
        return staff.clinicians(site.id()).stream().filter(c -> c.id() == clinicianId).findFirst()
                .orElseThrow(() -> new RefusedException("That clinician doesn't work at " + site.name() + "."));
    }

    /** Null when inside working hours; the override reason when a site manager books outside them. */
    private String checkWorkingHours(SiteSummary site, ClinicianSummary clinician, Instant start, Instant end,
                                     String overrideReason) {
        ZonedDateTime from = start.atZone(ClinicTime.ZONE);
        ZonedDateTime to = end.atZone(ClinicTime.ZONE);
        List<WorkingHours> thatDay = staff.workingHours(site.id()).stream()
                .filter(h -> h.staffId() == clinician.id() && h.day() == from.getDayOfWeek()).toList();
        boolean inside = from.toLocalDate().equals(to.toLocalDate()) && thatDay.stream()
                .anyMatch(h -> h.covers(from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime()));
        if (inside) {
            return null;
        }
        PortalUser user = currentUser.require();
        if (user.hasRole(Role.SITE_MANAGER) && overrideReason != null && !overrideReason.isBlank()) {
            return overrideReason.trim();
        }
        String day = from.getDayOfWeek().getDisplayName(TextStyle.FULL, ClinicTime.LOCALE) + "s";
        String hours = thatDay.isEmpty() ? "doesn't work at " + site.name() + " on " + day
                : "works " + thatDay.stream().map(h -> ClinicTime.TIME.format(h.starts()) + "–"
                        + ClinicTime.TIME.format(h.ends())).collect(Collectors.joining(" and ")) + " at "
                        + site.name() + " on " + day;
        throw new RefusedException(clinician.name() + " " + hours + ". Only a site manager can book outside "
                + "working hours, with a reason.");
    }

    private static void refuseClashes(List<String> clashes) {
        if (!clashes.isEmpty()) {
            throw new RefusedException("That time is taken: " + String.join(" ", clashes));
        }
    }

    private static RefusedException changedMeanwhile() {
        return new RefusedException("Someone else changed this appointment a moment ago. Nothing was changed; "
                + "look at the calendar again.");
    }

    private static Instant london(LocalDateTime time) {
        return time.atZone(ClinicTime.ZONE).toInstant();
    }

    private static String when(ZonedDateTime time) {
        return ClinicTime.DATE_TIME.format(time);
    }

    private static String describe(ScheduledAssessment assessment) {
        return when(assessment.start()) + "–" + ClinicTime.TIME.format(assessment.end()) + " with "
                + assessment.clinicianName() + " in " + assessment.roomName();
    }
}
