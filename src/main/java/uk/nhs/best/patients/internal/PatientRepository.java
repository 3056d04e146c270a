package uk.nhs.best.patients.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long> {

    long countByHomeSiteId(long homeSiteId);

    @Query("select p.id from Patient p where lower(p.email) = lower(:email)")
    List<Long> findIdsByEmail(String email);
}
