package uk.nhs.best.staff.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.EmailAddresses;
import uk.nhs.best.security.SiteMemberships;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.staff.ClinicianSummary;
import uk.nhs.best.staff.StaffDirectory;
import uk.nhs.best.staff.WorkingHours;

@Service
@Transactional(readOnly = true)
class JpaStaffDirectory implements StaffDirectory, SiteMemberships, EmailAddresses {

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
    public List<ClinicianSummary> clinicians(long siteId) {
        return staff.findClinicians(siteId).stream().map(row -> new ClinicianSummary(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2])).toList();
    }

    @Override
    public List<WorkingHours> workingHours(long siteId) {
        return staff.findWorkingHours(siteId).stream().map(row -> new WorkingHours(((Number) row[0]).longValue(),
                DayOfWeek.of(((Number) row[1]).intValue()), toLocalTime(row[2]), toLocalTime(row[3]))).toList();
    }

    private static LocalTime toLocalTime(Object value) {
        return value instanceof java.sql.Time time ? time.toLocalTime() : (LocalTime) value;
    }

    @Override
    public Set<String> siteCodesOf(AccountHolder holder) {
        if (holder instanceof AccountHolder.Staff(long staffId)) {
            return sites.codesOf(staff.findSiteIdsOf(staffId));
        }
        return Set.of();
    }

    /** Staff who have left keep their record but are no longer anyone's to log in as. */
    @Override
    public Set<AccountHolder> holdersOf(String email) {
        return staff.findActiveIdsByEmail(email).stream().map(AccountHolder.Staff::new).collect(Collectors.toSet());
    }
}
