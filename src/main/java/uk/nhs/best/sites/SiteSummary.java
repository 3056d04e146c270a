package uk.nhs.best.sites;

/**
 * A site as other features see it.
 *
 * @param activeRooms rooms that can be booked
 */
public record SiteSummary(long id, String code, String name, String address, int groupMinSize, int groupMaxSize,
                          int assessmentTargetWeeks, int groupTargetWeeks, long activeRooms) {
}
