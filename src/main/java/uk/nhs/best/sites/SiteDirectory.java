package uk.nhs.best.sites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks sites up. Site configuration is not confidential, so reads are open to every feature;
 * the features that show patient data do their own site checks.
 */
public interface SiteDirectory {

    Optional<SiteSummary> findByCode(String code);

    Optional<SiteSummary> findById(long id);

    /** The sites with these codes, by name; unknown codes are left out. */
    List<SiteSummary> findByCodes(Collection<String> codes);

    Set<String> codesOf(Collection<Long> siteIds);

    List<SiteSummary> all();

    /** The site's rooms, active ones first, by name. */
    List<RoomSummary> rooms(long siteId);
}
