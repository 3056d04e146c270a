package uk.nhs.best.sites.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.nhs.best.sites.RoomSummary;
import uk.nhs.best.sites.SiteSummary;

interface SiteRepository extends JpaRepository<Site, Long> {

    /** A site with its number of bookable rooms, in one query. */
    String SUMMARY = """
            select new uk.nhs.best.sites.SiteSummary(s.id, s.code, s.name, s.address, s.groupMinSize,
                s.groupMaxSize, s.assessmentTargetWeeks, s.groupTargetWeeks,
                (select count(r) from Room r where r.siteId = s.id and r.active = true))
            from Site s""";

    @Query(SUMMARY + " where s.code in :codes order by s.name")
    List<SiteSummary> findSummariesByCodeIn(Collection<String> codes);

    @Query(SUMMARY + " where s.id = :id")
    Optional<SiteSummary> findSummaryById(long id);

    @Query(SUMMARY + " order by s.name")
    List<SiteSummary> findAllSummaries();

    @Query("""
            select new uk.nhs.best.sites.RoomSummary(r.id, r.siteId, r.name, r.capacity, r.active)
            from Room r where r.siteId = :siteId order by r.active desc, r.name""")
    List<RoomSummary> findRooms(long siteId);

    @Query("select s.code from Site s where s.id in :ids")
    List<String> findCodesByIdIn(Collection<Long> ids);
}
