package uk.nhs.best.staff.internal;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.SiteMemberships;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.staff.StaffDirectory;

@Service
@Transactional(readOnly = true)
class JpaStaffDirectory implements StaffDirectory, SiteMemberships {

    private final StaffRepository staff;
    private final SiteDirectory sites;

    JpaStaffDirectory(StaffRepository staff, SiteDirectory sites) {
        this.staff = staff;
        this.sites = sites;
    }

    @Override
    public long countClinicians(long siteId) {
        return staff.countClinicians(siteId);
    }

    @Override
    public Set<String> siteCodesOf(AccountHolder holder) {
        if (holder instanceof AccountHolder.Staff(long staffId)) {
            return sites.codesOf(staff.findSiteIdsOf(staffId));
        }
        return Set.of();
    }
}
