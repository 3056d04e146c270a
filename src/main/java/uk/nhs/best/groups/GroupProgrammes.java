package uk.nhs.best.groups;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.BankHolidays;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.groups.internal.ProgrammeStore;
import uk.nhs.best.groups.internal.ProgrammeStore.ProgrammeRow;
import uk.nhs.best.referrals.PathwaySteps;
import uk.nhs.best.scheduling.GroupSessionMoves;
import uk.nhs.best.scheduling.GroupSessionSlots;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.SiteAccess;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.staff.WorkingHours;

/**
 * Planning, moving, cancelling and closing group programmes. A programme's 6 sessions are booked
 * all or nothing, after the same clash checks as any appointment plus the facilitators' working
 * hours; every refusal says why and changes nothing.
 */
@Service
public class GroupProgrammes implements GroupSessionMoves {

    private final SiteDirectory sites;
    private final StaffDirectory staff;
    private final GroupSessionSlots slots;
    private final ProgrammeStore store;
    private final PathwaySteps pathway;
    private final CurrentUser currentUser;
    private final SiteAccess siteAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupProgrammes(SiteDirectory sites, StaffDirectory staff, GroupSessionSlots slots, ProgrammeStore store,
                    PathwaySteps pathway, CurrentUser currentUser, SiteAccess siteAccess,
                    ApplicationEventPublisher events, Clock clock) {
        this.sites = sites;
        this.staff = staff;
        this.slots = slots;
        this.store = store;
        this.pathway = pathway;
        this.currentUser = currentUser;
        this.siteAccess = siteAccess;
        this.events = events;
        this.clock = clock;
    }

    /** The 6 sessions a plan gives, each checked; nothing is saved. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode) and hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional(readOnly = true)
    public SeriesProposal propose(String siteCode, ProgrammePlan plan) {
        return proposal(planned(siteCode, plan), plan);
    }

    /** Books the programme and its 6 sessions, or refuses and books none. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode) and hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public ProgrammeSummary plan(String siteCode, ProgrammePlan plan) {
        Planned planned = planned(siteCode, plan);
        SiteSummary site = planned.site();
        RoomSummary room = planned.room();
        List<ClinicianSummary> facilitators = planned.facilitators();
        slots.lock(room.id(), ids(facilitators));
        // Checked under the locks: the proposal the planner saw may be out of date.
        SeriesProposal proposal = proposal(planned, plan);
        if (!proposal.bookable()) {
            throw new RefusedException("Nothing was booked: " + proposal.sessions().stream()
                    .filter(s -> !s.problems().isEmpty())
                    .map(s -> "session " + s.number() + " (" + ClinicTime.DATE_TIME.format(s.start()) + "): "
                            + String.join(" ", s.problems()))
                    .collect(Collectors.joining("; ")));
        }
        String by = currentUser.require().username();
        Instant now = clock.instant();
        long id = store.insertProgramme(site.id(), room.id(), proposal.name(), plan.day(), plan.startTime(),
                proposal.sessions().getFirst().start().toLocalDate(), site.groupMinSize(), site.groupMaxSize(),
                ids(facilitators), by, now);
        for (ProposedSession session : proposal.sessions()) {
            long appointmentId = slots.reserve(site.id(), room.id(), ids(facilitators), session.start().toInstant(),
                    session.end().toInstant(), title(proposal.name(), session.number()), by, now);
            store.insertSession(appointmentId, id, session.number(), session.note());
        }
        events.publishEvent(new AuditEvent(AuditAction.PROGRAMME_PLANNED, null, site.id(), proposal.name()
                + " in " + room.name() + " with " + facilitators.stream().map(ClinicianSummary::name)
                .collect(Collectors.joining(" and "))));
        return store.summary(id, now).orElseThrow();
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmes(String siteCode) {
        return store.summaries(sites.require(siteCode).id(), clock.instant());
    }

    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional(readOnly = true)
    public GroupProgramme programme(long programmeId) {
        ProgrammeRow row = readable(programmeId);
        SiteSummary site = sites.findById(row.siteId()).orElseThrow();
        return new GroupProgramme(store.summary(programmeId, clock.instant()).orElseThrow(), site.id(), site.name(),
                row.roomId(), row.facilitatorIds(), row.statusReason(), store.sessions(programmeId),
                store.enrolments(programmeId), row.version());
    }

    /** The programme that a calendar's session belongs to. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional(readOnly = true)
    public long programmeOfSession(long appointmentId) {
        GroupSession session = store.session(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("No such group session."));
        readable(session.programmeId());
        return session.programmeId();
    }

    /**
     * Moves a session, and with {@code onward} the later ones by the same amount. A session keeps
     * its 90 minutes and its place in the order, and lands on no bank holiday.
     */
    @Override
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public void move(long appointmentId, long seenVersion, LocalDateTime newStart, LocalDateTime newEnd,
                     boolean onward) {
        GroupSession session = store.session(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("No such group session."));
        ProgrammeRow row = readable(session.programmeId());
        if (row.status() != ProgrammeStatus.ACTIVE) {
            throw new RefusedException("This programme is " + row.status().label().toLowerCase(ClinicTime.LOCALE)
                    + ", so its sessions can't be moved.");
        }
        if (session.version() != seenVersion) {
            throw changedMeanwhile();
        }
        if (Duration.between(newStart, newEnd).toMinutes() != ProgrammeSeries.MINUTES) {
            throw new RefusedException("A group session lasts 90 minutes: move it without changing its length.");
        }
        Duration shift = Duration.between(session.start().toLocalDateTime(), newStart);
        List<GroupSession> all = store.sessions(session.programmeId());
        List<GroupSession> moving = all.stream().filter(s -> s.appointmentId() == appointmentId
                || onward && s.number() > session.number()).toList();
        slots.lock(row.roomId(), row.facilitatorIds());
        SiteSummary site = sites.findById(row.siteId()).orElseThrow();
        List<WorkingHours> hours = staff.workingHours(site.id());
        List<ClinicianSummary> facilitators = facilitatorsAt(site, row.facilitatorIds());
        List<String> problems = new ArrayList<>();
        for (GroupSession s : moving) {
            if (s.start().toInstant().isBefore(clock.instant()) || s.cancelled()) {
                problems.add("Session " + s.number() + " has already taken place or was cancelled.");
                continue;
            }
            ZonedDateTime start = s.start().toLocalDateTime().plus(shift).atZone(ClinicTime.ZONE);
            ZonedDateTime end = start.plusMinutes(ProgrammeSeries.MINUTES);
            List<String> sessionProblems = new ArrayList<>();
            if (start.toInstant().isBefore(clock.instant())) {
                sessionProblems.add("that time has already passed.");
            }
            BankHolidays.on(start.toLocalDate()).ifPresent(holiday -> sessionProblems.add(
                    ClinicTime.formatDate(start.toLocalDate()) + " is " + holiday + "."));
            outOfOrder(all, s, start, moving).ifPresent(sessionProblems::add);
            sessionProblems.addAll(outsideHours(site, facilitators, hours, start, end));
            sessionProblems.addAll(slots.clashes(row.roomId(), row.facilitatorIds(), start.toInstant(),
                    end.toInstant(), ids(moving, GroupSession::appointmentId)));
            if (!sessionProblems.isEmpty()) {
                problems.add("Session " + s.number() + " on " + ClinicTime.DATE_TIME.format(start) + ": "
                        + String.join(" ", sessionProblems));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException("Nothing was moved. " + String.join(" ", problems));
        }
        String movedBy = "Moved by " + currentUser.require().displayName() + " on "
                + ClinicTime.formatDate(ClinicTime.today(clock));
        for (GroupSession s : moving) {
            ZonedDateTime start = s.start().toLocalDateTime().plus(shift).atZone(ClinicTime.ZONE);
            if (!slots.move(row.siteId(), s.appointmentId(), s.version(), start.toInstant(),
                    start.plusMinutes(ProgrammeSeries.MINUTES).toInstant())) {
                throw changedMeanwhile();
            }
            store.setSessionNote(s.appointmentId(), movedBy + " from " + ClinicTime.DATE_TIME.format(s.start()) + ".");
        }
        events.publishEvent(new AuditEvent(AuditAction.PROGRAMME_SESSION_MOVED, null, row.siteId(),
                row.name() + ": session " + session.number()
                        + (onward && moving.size() > 1 ? " and later sessions" : "") + " moved from "
                        + ClinicTime.DATE_TIME.format(session.start()) + " to "
                        + ClinicTime.DATE_TIME.format(newStart.atZone(ClinicTime.ZONE))));
    }

    /**
     * Cancels the programme and its sessions still to come; everyone enrolled goes back to
     * "awaiting a group" with their original referral date, and its waiting list is closed.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public void cancel(long programmeId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "Say why the programme is cancelled."));
        }
        String why = reason.trim();
        if (why.length() > 500) {
            throw new InvalidInputException(Map.of("reason", "Use at most 500 characters."));
        }
        ProgrammeRow row = readable(programmeId);
        ProgrammeStatus status = store.lock(programmeId).status();
        if (status != ProgrammeStatus.ACTIVE) {
            throw new RefusedException("This programme is already " + status.label().toLowerCase(ClinicTime.LOCALE)
                    + ".");
        }
        String by = currentUser.require().username();
        Instant now = clock.instant();
        String name = row.name();
        for (Enrolment enrolment : store.enrolments(programmeId)) {
            if (!enrolment.status().isOpen()) {
                continue;
            }
            if (!store.setEnrolmentStatus(enrolment.id(), enrolment.version(), EnrolmentStatus.PROGRAMME_CANCELLED,
                    why, by, now)) {
                throw changedMeanwhile();
            }
            if (enrolment.status() == EnrolmentStatus.ENROLLED) {
                pathway.leftGroup(enrolment.referralId(), "Programme " + name + " cancelled: " + why);
            }
        }
        // Only the sessions still to come: those already held stay on record (and their registers with them).
        slots.cancel(row.siteId(), ids(store.sessions(programmeId).stream()
                .filter(s -> s.start().toInstant().isAfter(now)).toList(), GroupSession::appointmentId),
                "Programme cancelled: " + why);
        store.setStatus(programmeId, ProgrammeStatus.CANCELLED, why);
        events.publishEvent(new AuditEvent(AuditAction.PROGRAMME_CANCELLED, null, row.siteId(), name + ": " + why));
    }

    /**
     * Closes a programme after its last session: each enrolled patient who attended at least 3
     * sessions (after an assessment, which brought them here) completed and is discharged; the
     * others stay for a clinician's decision. Every register must be complete first.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'SITE_MANAGER')")
    @Transactional
    public Completion complete(long programmeId) {
        ProgrammeRow row = readable(programmeId);
        ProgrammeStatus status = store.lock(programmeId).status();
        if (status != ProgrammeStatus.ACTIVE) {
            throw new RefusedException("This programme is already " + status.label().toLowerCase(ClinicTime.LOCALE)
                    + ".");
        }
        List<GroupSession> sessions = store.sessions(programmeId);
        GroupSession last = sessions.getLast();
        if (last.start().toInstant().isAfter(clock.instant())) {
            throw new RefusedException("The programme hasn't ended: its last session is on "
                    + ClinicTime.DATE_TIME.format(last.start()) + ".");
        }
        List<Enrolment> enrolled = store.enrolments(programmeId).stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED).toList();
        Map<Long, Map<Integer, AttendanceMark>> marks = store.currentMarks(programmeId);
        List<String> unmarked = new ArrayList<>();
        for (GroupSession session : sessions) {
            List<String> missing = enrolled.stream()
                    .filter(e -> !marks.getOrDefault(e.id(), Map.of()).containsKey(session.number()))
                    .map(Enrolment::patientName).toList();
            if (!missing.isEmpty()) {
                unmarked.add("session " + session.number() + " (" + String.join(", ", missing) + ")");
            }
        }
        if (!unmarked.isEmpty()) {
            throw new RefusedException("Complete the registers first: nobody is marked for "
                    + String.join("; ", unmarked) + ".");
        }
        String by = currentUser.require().username();
        Instant now = clock.instant();
        String name = row.name();
        int completed = 0;
        for (Enrolment enrolment : enrolled) {
            long attended = marks.getOrDefault(enrolment.id(), Map.of()).values().stream()
                    .filter(m -> m == AttendanceMark.ATTENDED).count();
            boolean done = attended >= 3;
            if (!store.setEnrolmentStatus(enrolment.id(), enrolment.version(), done ? EnrolmentStatus.COMPLETED
                    : EnrolmentStatus.NOT_COMPLETED, "Attended " + attended + " of " + sessions.size() + " sessions",
                    by, now)) {
                throw changedMeanwhile();
            }
            if (done) {
                pathway.programmeCompleted(enrolment.referralId(), name);
                completed++;
            }
        }
        // Nobody waits for a place in a programme that is over.
        for (Enrolment waiting : store.enrolments(programmeId)) {
            if (waiting.status() == EnrolmentStatus.WAITING || waiting.status() == EnrolmentStatus.OFFERED) {
                store.setEnrolmentStatus(waiting.id(), waiting.version(), EnrolmentStatus.PROGRAMME_CANCELLED,
                        "The programme ended", by, now);
            }
        }
        store.setStatus(programmeId, ProgrammeStatus.CLOSED, null);
        Completion result = new Completion(completed, enrolled.size() - completed);
        events.publishEvent(new AuditEvent(AuditAction.PROGRAMME_COMPLETED, null, row.siteId(), name + ": "
                + result.completed() + " completed, " + result.notCompleted() + " did not complete"));
        return result;
    }

    /** A plan's site, room and facilitators, checked to be the site's own. */
    private record Planned(SiteSummary site, RoomSummary room, List<ClinicianSummary> facilitators) {
    }

    private Planned planned(String siteCode, ProgrammePlan plan) {
        SiteSummary site = sites.require(siteCode);
        validate(plan);
        return new Planned(site, sites.requireActiveRoom(site, plan.roomId()),
                facilitatorsAt(site, plan.facilitatorIds()));
    }

    private SeriesProposal proposal(Planned planned, ProgrammePlan plan) {
        List<WorkingHours> hours = staff.workingHours(planned.site().id());
        List<ProposedSession> sessions = new ArrayList<>();
        for (ProgrammeSeries.SeriesDate date : ProgrammeSeries.dates(plan.firstDate(), plan.day())) {
            ZonedDateTime start = date.date().atTime(plan.startTime()).atZone(ClinicTime.ZONE);
            ZonedDateTime end = start.plusMinutes(ProgrammeSeries.MINUTES);
            List<String> problems = new ArrayList<>();
            if (start.toInstant().isBefore(clock.instant())) {
                problems.add("That time has already passed.");
            }
            problems.addAll(outsideHours(planned.site(), planned.facilitators(), hours, start, end));
            problems.addAll(slots.clashes(planned.room().id(), ids(planned.facilitators()), start.toInstant(),
                    end.toInstant(), List.of()));
            sessions.add(new ProposedSession(date.number(), start, end, date.note(), problems));
        }
        String name = ProgrammeSeries.name(plan.day(), plan.startTime(), sessions.getFirst().start().toLocalDate());
        return new SeriesProposal(name, sessions, planned.site().groupMinSize(), planned.site().groupMaxSize());
    }

    /** What closing a programme did. */
    public record Completion(int completed, int notCompleted) {
    }

    /** The programme's row, if the user works at its site; the same refusal whether it exists or not. */
    ProgrammeRow readable(long programmeId) {
        ProgrammeRow row = store.row(programmeId).orElseThrow(() -> new AccessDeniedException("No such programme."));
        siteAccess.requireStaffAt(sites.findById(row.siteId()).orElseThrow().code());
        return row;
    }

    static String title(String programmeName, int number) {
        return "Group " + programmeName + " · session " + number + " of " + ProgrammeSeries.SESSIONS;
    }

    private static void validate(ProgrammePlan plan) {
        new InvalidInputException.Collector()
                .check(plan.roomId() == null, "room", "Choose a room.")
                .check(plan.facilitatorIds() == null || plan.facilitatorIds().isEmpty(), "facilitators",
                        "Choose one or two facilitators.")
                .check(plan.facilitatorIds() != null && new LinkedHashSet<>(plan.facilitatorIds()).size() > 2,
                        "facilitators", "A programme has at most two facilitators.")
                .check(plan.firstDate() == null, "firstDate", "Choose the date of the first session.")
                .check(plan.day() == null, "day", "Choose the weekday of the sessions.")
                .check(plan.day() == DayOfWeek.SATURDAY || plan.day() == DayOfWeek.SUNDAY, "day",
                        "Sessions run on weekdays.")
                .check(plan.startTime() == null, "startTime", "Choose the start time.")
                .throwIfAny();
    }

    private List<ClinicianSummary> facilitatorsAt(SiteSummary site, List<Long> ids) {
        List<ClinicianSummary> clinicians = staff.clinicians(site.id());
        return new LinkedHashSet<>(ids).stream().map(id -> clinicians.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new RefusedException("That facilitator doesn't work at " + site.name() + ".")))
                .toList();
    }

    private static List<String> outsideHours(SiteSummary site, List<ClinicianSummary> facilitators,
                                             List<WorkingHours> hours, ZonedDateTime start, ZonedDateTime end) {
        String day = start.getDayOfWeek().getDisplayName(TextStyle.FULL, ClinicTime.LOCALE);
        return facilitators.stream()
                .filter(c -> hours.stream().noneMatch(h -> h.staffId() == c.id()
                        && h.covers(start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime())))
                .map(c -> c.name() + " doesn't work at " + site.name() + " then (" + day + " "
                        + ClinicTime.TIME.format(start) + "–" + ClinicTime.TIME.format(end) + ").")
                .toList();
    }

    /** A moved session must stay after the one before it and before the one after it. */
    private static Optional<String> outOfOrder(List<GroupSession> all, GroupSession moved,
                                                         ZonedDateTime newStart, List<GroupSession> moving) {
        for (GroupSession other : all) {
            if (moving.contains(other) || other.cancelled()) {
                continue;
            }
            boolean before = other.number() < moved.number();
            if (before && !other.start().isBefore(newStart.minusMinutes(ProgrammeSeries.MINUTES))
                    || !before && !other.start().isAfter(newStart.plusMinutes(ProgrammeSeries.MINUTES))) {
                return Optional.of("sessions stay in order: session " + other.number() + " is on "
                        + ClinicTime.DATE_TIME.format(other.start()) + ".");
            }
        }
        return Optional.empty();
    }

    private static List<Long> ids(List<ClinicianSummary> clinicians) {
        return ids(clinicians, ClinicianSummary::id);
    }

    private static <T> List<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).toList();
    }

    private static RefusedException changedMeanwhile() {
        return new RefusedException("Someone else changed this programme a moment ago. Nothing was changed; "
                + "look at it again.");
    }
}
