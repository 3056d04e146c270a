package uk.nhs.best.patients.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.patients.PatientSummary;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.EmailAddresses;
import uk.nhs.best.security.SiteMemberships;
import uk.nhs.best.sites.SiteDirectory;

@Service
@Transactional(readOnly = true)
class JpaPatientDirectory implements PatientDirectory, SiteMemberships, EmailAddresses {

    private final PatientRepository patients;
    private final SiteDirectory sites;

    JpaPatientDirectory(PatientRepository patients, SiteDirectory sites) {
        this.patients = patients;
        this.sites = sites;
    }

    @Override
    public long countAtSite(long siteId) {
        return patients.countByHomeSiteId(siteId);
    }

    @Override
    public Optional<PatientSummary> find(long patientId) {
        return patients.findById(patientId).map(Patient::summary);
    }

    @Override
    public Set<String> siteCodesOf(AccountHolder holder) {
        if (holder instanceof AccountHolder.Patient(long patientId)) {
            return patients.findById(patientId).map(p -> sites.codesOf(List.of(p.homeSiteId()))).orElse(Set.of());
        }
        return Set.of();
    }

    @Override
    public Set<AccountHolder> holdersOf(String email) {
        return patients.findIdsByEmail(email).stream().map(AccountHolder.Patient::new).collect(Collectors.toSet());
    }
}
