package uk.nhs.best.groups;

import java.util.List;

/** The sessions a plan gives, checked: it can be booked only when no session has a problem. */
public record SeriesProposal(String name, List<ProposedSession> sessions, int minSize, int maxSize) {

    public boolean bookable() {
        return sessions.stream().allMatch(s -> s.problems().isEmpty());
    }
}
