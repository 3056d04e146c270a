package uk.nhs.best.staff.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    @NativeQuery("""
            select count(distinct m.staff_id) from staff_site_membership m
            join staff_member s on s.id = m.staff_id
            where m.site_id = :siteId and m.site_role = 'CLINICIAN' and s.active""")
    long countClinicians(long siteId);

    @NativeQuery("""
            select s.id, concat(s.given_name, ' ', s.family_name) as name, s.profession
            from staff_member s join staff_site_membership m on m.staff_id = s.id
            where m.site_id = :siteId and m.site_role = 'CLINICIAN' and s.active
            order by s.given_name, s.family_name""")
    List<Object[]> findClinicians(long siteId);

    @NativeQuery("""
            select h.staff_id, h.day_of_week, h.starts_at, h.ends_at from working_hours h
            join staff_member s on s.id = h.staff_id where h.site_id = :siteId and s.active""")
    List<Object[]> findWorkingHours(long siteId);

    @NativeQuery("select distinct m.site_id from staff_site_membership m where m.staff_id = :staffId")
    List<Long> findSiteIdsOf(long staffId);

    @Query("select s.id from StaffMember s where lower(s.email) = lower(:email) and s.active = true")
    List<Long> findActiveIdsByEmail(String email);
}
