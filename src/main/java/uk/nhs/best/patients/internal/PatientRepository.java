package uk.nhs.best.patients.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long> {

    long countByHomeSiteId(long homeSiteId);

    Optional<Patient> findByNhsNumber(String nhsNumber);

    @Query("""
            select p from Patient p where p.homeSiteId = :siteId
            and (lower(p.familyName) like :text or lower(p.givenName) like :text
                 or lower(concat(p.givenName, ' ', p.familyName)) like :text)
            order by p.familyName, p.givenName""")
    List<Patient> searchByName(long siteId, String text, Limit limit);

    @Query("select p.id from Patient p where lower(p.email) = lower(:email)")
    List<Long> findIdsByEmail(String email);
}
