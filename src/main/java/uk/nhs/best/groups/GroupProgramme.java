package uk.nhs.best.groups;

import java.util.List;

/** A programme with its sessions and everyone enrolled, waiting or offered a place. */
public record GroupProgramme(ProgrammeSummary summary, long siteId, String siteName, long roomId,
                             List<Long> facilitatorIds, String statusReason, List<GroupSession> sessions,
                             List<Enrolment> enrolments, long version) {

    public List<Enrolment> withStatus(EnrolmentStatus status) {
        return enrolments.stream().filter(e -> e.status() == status).toList();
    }
}
