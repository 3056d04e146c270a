package uk.nhs.best.sites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.common.RefusedException;

/**
 * Looks sites up. Site configuration is not confidential, so reads are open to every feature;
 * the features that show patient data do their own site checks.
 */
public interface SiteDirectory {

    Optional<SiteSummary> findByCode(String code);

    /**
     * The site with this code, for services that act on a site the user may see: an unknown code
     * is refused exactly like a site the user doesn't work at, so codes reveal nothing.
     */
    default SiteSummary require(String code) {
        return findByCode(code).orElseThrow(() -> new AccessDeniedException("No such site."));
    }

    Optional<SiteSummary> findById(long id);

    /** The sites with these codes, by name; unknown codes are left out. */
    List<SiteSummary> findByCodes(Collection<String> codes);

    Set<String> codesOf(Collection<Long> siteIds);

    List<SiteSummary> all();

    /** The site's rooms, active ones first, by name. */
    List<RoomSummary> rooms(long siteId);

    /** The room, if it is at the site and in use; refused in plain words otherwise. */
    default RoomSummary requireActiveRoom(SiteSummary site, long roomId) {
        RoomSummary room = rooms(site.id()).stream().filter(r -> r.id() == roomId).findFirst()
                .orElseThrow(() -> new RefusedException("That room is not at " + site.name() + "."));
        if (!room.active()) {
            throw new RefusedException(room.name() + " is not in use at the moment.");
        }
        return room;
    }
}
