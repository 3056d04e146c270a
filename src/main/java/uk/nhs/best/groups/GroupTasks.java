package uk.nhs.best.groups;

import java.util.List;

/**
 * What a site's staff should act on: freed places to offer, patients who missed two sessions in
 * a row, programmes short of patients a week before they start, and patients who did not
 * complete waiting for a clinician's decision.
 */
public record GroupTasks(List<PlaceOffer> offers, List<FollowUp> followUps, List<ProgrammeSummary> belowMinimum,
                         List<FollowUp> awaitingDecision) {

    public record PlaceOffer(long enrolmentId, long programmeId, String programmeName, long patientId,
                             String patientName, long version) {
    }

    /** @param reason e.g. "missed sessions 2 and 3" */
    public record FollowUp(long enrolmentId, long programmeId, String programmeName, long patientId,
                           String patientName, String reason) {
    }

    public int count() {
        return offers.size() + followUps.size() + belowMinimum.size() + awaitingDecision.size();
    }
}
