package uk.nhs.best.sites;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What admins do with sites' configuration. */
@Service
public class SiteAdministration {

    private final SiteDirectory directory;

    SiteAdministration(SiteDirectory directory) {
        this.directory = directory;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<SiteSummary> listSites() {
        return directory.all();
    }
}
