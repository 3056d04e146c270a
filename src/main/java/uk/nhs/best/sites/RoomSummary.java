package uk.nhs.best.sites;

/** A bookable room at a site. */
public record RoomSummary(long id, long siteId, String name, int capacity, boolean active) {
}
