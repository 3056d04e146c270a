package uk.nhs.best.patients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.patients.NewPatient;
import uk.nhs.best.patients.NhsNumber;
import uk.nhs.best.patients.PatientDetails;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.patients.PatientRegistration;
import uk.nhs.best.patients.PatientSummary;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.EmailAddresses;
import uk.nhs.best.security.SiteMemberships;
import uk.nhs.best.sites.SiteDirectory;

@Service
@Transactional(readOnly = true)
class JpaPatientDirectory implements PatientDirectory, SiteMemberships, EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern UK_POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{10,20}$");

    private final PatientRepository patients;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaPatientDirectory(PatientRepository patients, SiteDirectory sites, ApplicationEventPublisher events,
                        Clock clock) {
        this.patients = patients;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
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
    public Optional<PatientDetails> details(long patientId) {
        return patients.findById(patientId).map(Patient::details);
    }

    @Override
    public Optional<PatientSummary> findByNhsNumber(NhsNumber nhsNumber) {
        return patients.findByNhsNumber(nhsNumber.value()).map(Patient::summary);
    }

    @Override
    public List<PatientSummary> search(long siteId, String text, int limit) {
        String typed = text == null ? "" : text.trim();
        if (typed.length() < 2) {
            return List.of();
        }
        List<PatientSummary> found = new ArrayList<>();
        NhsNumber.parse(typed).flatMap(this::findByNhsNumber).ifPresent(found::add);
        String like = "%" + typed.toLowerCase(Locale.UK).replace("%", "").replace("_", "") + "%";
        patients.searchByName(siteId, like, Limit.of(limit)).stream().map(Patient::summary)
                .filter(patient -> !found.contains(patient)).forEach(found::add);
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    @Override
    @Transactional
    public PatientRegistration findOrRegister(NewPatient typed, long homeSiteId) {
        String nhsProblem = NhsNumber.problemWith(typed.nhsNumber());
        if (nhsProblem != null) {
            throw new InvalidInputException(Map.of("nhsNumber", nhsProblem));
        }
        NhsNumber nhsNumber = NhsNumber.of(typed.nhsNumber());
        Optional<Patient> known = patients.findByNhsNumber(nhsNumber.value());
        if (known.isPresent()) {
            return new PatientRegistration(known.get().summary(), true);
        }
        LocalDate today = ClinicTime.today(clock);
        String postcode = blankToNull(typed.postcode()) == null ? null : typed.postcode().trim().toUpperCase(Locale.UK);
        new InvalidInputException.Collector()
                .check(blank(typed.givenName()), "givenName", "Enter the patient's first name.")
                .check(length(typed.givenName()) > 80, "givenName", "Use at most 80 characters.")
                .check(blank(typed.familyName()), "familyName", "Enter the patient's last name.")
                .check(length(typed.familyName()) > 80, "familyName", "Use at most 80 characters.")
                .check(typed.dateOfBirth() == null, "dateOfBirth", "Enter the date of birth.")
                .check(typed.dateOfBirth() != null && typed.dateOfBirth().isAfter(today), "dateOfBirth",
                        "The date of birth cannot be in the future.")
                .check(typed.dateOfBirth() != null && !typed.dateOfBirth().isAfter(today)
                        && Period.between(typed.dateOfBirth(), today).getYears() < 16, "dateOfBirth",
                        "BeST is for adults: the patient must be at least 16.")
                .check(typed.dateOfBirth() != null && Period.between(typed.dateOfBirth(), today).getYears() > 120,
                        "dateOfBirth", "Check the year of birth: that would make the patient over 120.")
                .check(!blank(typed.phone()) && !PHONE.matcher(typed.phone().trim()).matches(), "phone",
                        "Enter a phone number of 10 to 20 digits, e.g. 07700 900123.")
                .check(!blank(typed.email()) && !EMAIL.matcher(typed.email().trim()).matches(), "email",
                        "Enter an e-mail address like name@example.com.")
                .check(postcode != null && !UK_POSTCODE.matcher(postcode).matches(), "postcode",
                        "Enter a UK postcode, e.g. MK42 9DJ.")
                .throwIfAny();
        Patient patient = patients.save(new Patient(nhsNumber, typed.givenName().trim(), typed.familyName().trim(),
                typed.dateOfBirth(), blankToNull(typed.phone()), blankToNull(typed.email()),
                blankToNull(typed.addressLine()), postcode, homeSiteId, clock.instant()));
        events.publishEvent(new AuditEvent(AuditAction.PATIENT_REGISTERED, patient.summary().id(), homeSiteId,
                "NHS number " + nhsNumber.formatted()));
        return new PatientRegistration(patient.summary(), false);
    }

    @Override
    public Set<String> siteCodesOf(AccountHolder holder) {
        if (holder instanceof AccountHolder.Patient(long patientId)) {
            return patients.findById(patientId).map(p -> sites.codesOf(List.of(p.homeSiteId()))).orElse(Set.of());
        }
        return Set.of();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.trim().length();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    @Override
    public Set<AccountHolder> holdersOf(String email) {
        return patients.findIdsByEmail(email).stream().map(AccountHolder.Patient::new).collect(Collectors.toSet());
    }
}
