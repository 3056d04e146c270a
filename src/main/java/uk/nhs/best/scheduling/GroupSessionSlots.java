package uk.nhs.best.scheduling;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.scheduling.internal.AppointmentStore;
import uk.nhs.best.sites.SiteDirectory;

/**
 * Group sessions in the appointment book, for the group programmes feature, which checks who may
 * do what and owns the series. Writes run inside the caller's transaction, so a programme and its
 * sessions are saved together or not at all; the same clash rule as for assessments applies.
 */
@Service
public class GroupSessionSlots {

    private final AppointmentStore store;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;

    GroupSessionSlots(AppointmentStore store, SiteDirectory sites, ApplicationEventPublisher events) {
        this.store = store;
        this.sites = sites;
        this.events = events;
    }

    /** Holds the room and the facilitators until the transaction ends, so clash checks stay true. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long roomId, List<Long> facilitatorIds) {
        store.lockResources(facilitatorIds, roomId, List.of());
    }

    /**
     * What [start, end) would clash with, in words; empty when the room and facilitators are free.
     * A series moving onward passes over its own sessions: those are ignored.
     */
    @Transactional(readOnly = true)
    public List<String> clashes(long roomId, List<Long> facilitatorIds, Instant start, Instant end,
                                List<Long> ignoredAppointmentIds) {
        return store.clashes(facilitatorIds, roomId, List.of(), start, end, ignoredAppointmentIds);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long reserve(long siteId, long roomId, List<Long> facilitatorIds, Instant start, Instant end, String title,
                        String createdBy, Instant now) {
        long id = store.insertGroupSession(siteId, roomId, start, end, title, facilitatorIds, createdBy, now);
        events.publishEvent(new AppointmentsChanged(siteId));
        return id;
    }

    /** False when someone changed the session since {@code version} was read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(long siteId, long appointmentId, long version, Instant start, Instant end) {
        boolean moved = store.moveTo(appointmentId, version, start, end);
        events.publishEvent(new AppointmentsChanged(siteId));
        return moved;
    }

    /** Cancels the sessions not yet held or cancelled; the calendar frees their time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(long siteId, List<Long> appointmentIds, String reason) {
        store.cancelBooked(appointmentIds, reason);
        events.publishEvent(new AppointmentsChanged(siteId));
    }

    /** A site's group sessions overlapping [from, to), for its calendar. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    @Transactional(readOnly = true)
    public List<ScheduledGroupSession> between(String siteCode, ZonedDateTime from, ZonedDateTime to) {
        return store.groupSessionsBetween(sites.require(siteCode).id(), from.toInstant(), to.toInstant());
    }
}
