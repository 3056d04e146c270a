package uk.nhs.best.sites.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

@Service
@Transactional(readOnly = true)
class JpaSiteDirectory implements SiteDirectory {

    private final SiteRepository sites;

    JpaSiteDirectory(SiteRepository sites) {
        this.sites = sites;
    }

    @Override
    public Optional<SiteSummary> findByCode(String code) {
        return findByCodes(List.of(code)).stream().findFirst();
    }

    @Override
    public Optional<SiteSummary> findById(long id) {
        return sites.findSummaryById(id);
    }

    @Override
    public List<SiteSummary> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return sites.findSummariesByCodeIn(codes);
    }

    @Override
    public Set<String> codesOf(Collection<Long> siteIds) {
        return siteIds.isEmpty() ? Set.of() : new TreeSet<>(sites.findCodesByIdIn(siteIds));
    }

    @Override
    public List<RoomSummary> rooms(long siteId) {
        return sites.findRooms(siteId);
    }

    @Override
    public List<SiteSummary> all() {
        return sites.findAllSummaries();
    }
}
