package uk.nhs.best.patients.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    long countByHomeSiteId(long homeSiteId);
}
