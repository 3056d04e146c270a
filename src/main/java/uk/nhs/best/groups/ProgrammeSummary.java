package uk.nhs.best.groups;

import java.time.ZonedDateTime;

/**
 * A programme as the site's list shows it.
 *
 * @param firstSession when session 1 starts; {@code lastSession} when session 6 starts
 * @param belowMinimum fewer enrolled than the minimum with a week or less to go before it starts
 */
public record ProgrammeSummary(long id, String siteCode, String name, String roomName, String facilitators,
                               ZonedDateTime firstSession, ZonedDateTime lastSession, int minSize, int maxSize,
                               int enrolled, int offered, int waiting, ProgrammeStatus status, boolean belowMinimum) {

    public int placesFree() {
        return Math.max(0, maxSize - enrolled - offered);
    }
}
