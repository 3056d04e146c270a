package uk.nhs.best.referrals;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.referrals.internal.ReferralReadModel;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

/** A site's waiting lists, a page at a time, for that site's staff. */
@Service
@Transactional(readOnly = true)
public class WaitingLists {

    private final SiteDirectory sites;
    private final ReferralReadModel reads;
    private final Clock clock;

    WaitingLists(SiteDirectory sites, ReferralReadModel reads, Clock clock) {
        this.sites = sites;
        this.reads = reads;
        this.clock = clock;
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public List<WaitingPatient> page(String siteCode, WaitingListQuery query, int offset, int limit) {
        SiteSummary site = sites.require(siteCode);
        return reads.waiting(site.id(), targetWeeks(site, query.list()), query, ClinicTime.today(clock), offset,
                Math.min(limit, 500));
    }

    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public int count(String siteCode, WaitingListQuery query) {
        SiteSummary site = sites.require(siteCode);
        return reads.countWaiting(site.id(), targetWeeks(site, query.list()), query, ClinicTime.today(clock));
    }

    /** The site's target for the list, in weeks from referral. */
    @PreAuthorize("@siteAccess.isStaffAt(#siteCode)")
    public int targetWeeks(String siteCode, WaitingList list) {
        return targetWeeks(sites.require(siteCode), list);
    }

    private static int targetWeeks(SiteSummary site, WaitingList list) {
        return list.usesGroupTarget() ? site.groupTargetWeeks() : site.assessmentTargetWeeks();
    }

}
