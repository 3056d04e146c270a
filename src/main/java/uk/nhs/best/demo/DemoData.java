package uk.nhs.best.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.patients.NhsNumber;

/**
 * Demo data for Bedford and Greenwich: sites, rooms, staff with their hours, patients,
 * referrals and one login for every role. Written straight to the tables so it can also fill a
 * site with thousands of patients for benchmarks. Dates are relative to today, so the demo
 * always has recent referrals.
 */
public class DemoData {

    public static final String PASSWORD = "best-demo";

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "Admin", "all sites", "Portal administrator"),
            new DemoLogin("manager.bedford", "Site manager", "Bedford", "Helen Brooks"),
            new DemoLogin("manager.greenwich", "Site manager", "Greenwich", "Marcus Reid"),
            new DemoLogin("amira.khan", "Clinician", "Bedford", "Physiotherapist"),
            new DemoLogin("tom.hughes", "Clinician", "Bedford", "Physiotherapist"),
            new DemoLogin("grace.adeyemi", "Clinician", "Bedford", "Psychologist"),
            new DemoLogin("priya.patel", "Clinician", "Greenwich", "Physiotherapist"),
            new DemoLogin("daniel.clarke", "Clinician", "Greenwich", "Nurse"),
            new DemoLogin("chloe.martin", "Clinician", "Greenwich", "Occupational therapist"),
            new DemoLogin("sam.okafor", "Clinician", "Bedford and Greenwich", "Physiotherapist"),
            new DemoLogin("olivia.bennett", "Patient", "Bedford", "Patient"),
            new DemoLogin("james.wilson", "Patient", "Bedford", "Patient"),
            new DemoLogin("fatima.ali", "Patient", "Greenwich", "Patient"),
            new DemoLogin("george.evans", "Patient", "Greenwich", "Patient"));

    private static final String[] GIVEN_NAMES = {"Aisha", "Ben", "Carys", "Dev", "Ella", "Finn", "Hannah", "Ibrahim",
        "Jade", "Kwame", "Lucy", "Mohammed", "Niamh", "Oscar", "Poppy", "Rhys", "Sofia", "Theo", "Uma", "Will",
        "Yasmin", "Zac", "Maria", "Joseph", "Ruth", "Kofi", "Megan", "Arjun", "Bethan", "Callum"};
    private static final String[] FAMILY_NAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
        "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Wood", "Jackson", "Clarke", "Begum", "Hussain", "Kaur", "Singh", "Mensah", "Nowak", "Murphy",
        "O'Brien", "Campbell", "Lewis"};
    private static final String[] PRACTICES = {"Priory Surgery", "Greyfriars Medical Centre",
        "Riverside Health Centre", "Kingfisher Practice", "Queens Park Surgery", "Vanbrugh Group Practice"};
    private static final String[] REASONS = {
        "Low back pain for 3 months, worse on bending; struggling at work.",
        "Recurrent low back pain over 8 months; sleep disturbed; keen on a group programme.",
        "Back pain since lifting injury 10 weeks ago; no red flags; anxious about movement.",
        "Chronic non-specific low back pain; previous physiotherapy helped briefly."};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(20261127L);
    private int nhsSerial;

    public DemoData(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public boolean isLoaded() {
        Integer sites = jdbc.queryForObject("select count(*) from site", Integer.class);
        return sites != null && sites > 0;
    }

    /** Loads the demo with {@code extraPatientsPerSite} generated patients at each site. */
    @Transactional
    public void load(int extraPatientsPerSite) {
        LocalDate today = ClinicTime.today(clock);
        long bedford = site("bedford", "Bedford", "Musculoskeletal Service, Kempston Road, Bedford MK42 9DJ", 6, 8);
        long greenwich = site("greenwich", "Greenwich", "Musculoskeletal Service, Stadium Road, London SE18 4QH", 6, 8);
        rooms(bedford, "Group room 1", "Group room 2", "Assessment room A", "Assessment room B");
        rooms(greenwich, "Gym", "Group room", "Clinic room 1", "Clinic room 2", "Clinic room 3");

        String hash = passwords.encode(PASSWORD);
        account("admin", "Portal administrator", null, null, hash, "ADMIN");
        staffAccount("manager.bedford", "Helen", "Brooks", "SERVICE_MANAGER", hash, "SITE_MANAGER",
                Map.of(bedford, List.of()));
        staffAccount("manager.greenwich", "Marcus", "Reid", "SERVICE_MANAGER", hash, "SITE_MANAGER",
                Map.of(greenwich, List.of()));
        List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        staffAccount("amira.khan", "Amira", "Khan", "PHYSIOTHERAPIST", hash, "CLINICIAN", Map.of(bedford, weekdays));
        staffAccount("tom.hughes", "Tom", "Hughes", "PHYSIOTHERAPIST", hash, "CLINICIAN", Map.of(bedford, weekdays));
        staffAccount("grace.adeyemi", "Grace", "Adeyemi", "PSYCHOLOGIST", hash, "CLINICIAN",
                Map.of(bedford, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        staffAccount("priya.patel", "Priya", "Patel", "PHYSIOTHERAPIST", hash, "CLINICIAN", Map.of(greenwich, weekdays));
        staffAccount("daniel.clarke", "Daniel", "Clarke", "NURSE", hash, "CLINICIAN", Map.of(greenwich, weekdays));
        staffAccount("chloe.martin", "Chloe", "Martin", "OCCUPATIONAL_THERAPIST", hash, "CLINICIAN",
                Map.of(greenwich, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
        Map<Long, List<DayOfWeek>> samsWeek = new LinkedHashMap<>();
        samsWeek.put(bedford, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
        samsWeek.put(greenwich, List.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        staffAccount("sam.okafor", "Sam", "Okafor", "PHYSIOTHERAPIST", hash, "CLINICIAN", samsWeek);

        patientAccount("olivia.bennett", "Olivia", "Bennett", LocalDate.of(1979, 4, 12), bedford, hash, today);
        patientAccount("james.wilson", "James", "Wilson", LocalDate.of(1965, 11, 3), bedford, hash, today);
        patientAccount("fatima.ali", "Fatima", "Ali", LocalDate.of(1988, 7, 23), greenwich, hash, today);
        patientAccount("george.evans", "George", "Evans", LocalDate.of(1952, 2, 29), greenwich, hash, today);

        patients(bedford, extraPatientsPerSite, today);
        patients(greenwich, extraPatientsPerSite, today);
    }

    private long site(String code, String name, String address, int groupMin, int groupMax) {
        return insert("site", Map.of("code", code, "name", name, "address", address, "group_min_size", groupMin,
                "group_max_size", groupMax, "assessment_target_weeks", 6, "group_target_weeks", 18,
                "opens_at", LocalTime.of(8, 0), "closes_at", LocalTime.of(18, 0), "version", 0));
    }

    private void rooms(long siteId, String... names) {
        for (String name : names) {
            insert("room", Map.of("site_id", siteId, "name", name, "capacity", name.startsWith("Group")
                    || name.equals("Gym") ? 10 : 2, "active", true));
        }
    }

    private void staffAccount(String username, String given, String family, String profession, String hash,
                              String role, Map<Long, List<DayOfWeek>> week) {
        long staffId = insert("staff_member", Map.of("given_name", given, "family_name", family,
                "profession", profession, "email", username + "@best-demo.nhs.uk", "active", true, "version", 0));
        week.forEach((siteId, days) -> {
            jdbc.update("insert into staff_site_membership (staff_id, site_id, site_role) values (?, ?, ?)",
                    staffId, siteId, role);
            for (DayOfWeek day : days) {
                boolean partTime = days.size() < 5;
                jdbc.update("insert into working_hours (staff_id, site_id, day_of_week, starts_at, ends_at) "
                        + "values (?, ?, ?, ?, ?)", staffId, siteId, day.getValue(),
                        partTime ? LocalTime.of(9, 30) : LocalTime.of(9, 0),
                        partTime ? LocalTime.of(16, 30) : LocalTime.of(17, 0));
            }
        });
        account(username, given + " " + family, staffId, null, hash, role);
    }

    private void patientAccount(String username, String given, String family, LocalDate born, long siteId,
                                String hash, LocalDate today) {
        // The same address as the patient's Keycloak user (keycloak/best-realm.json), which links the two.
        long patientId = patient(given, family, born, siteId, username + "@example.com");
        referral(patientId, siteId, today.minusDays(20 + random.nextInt(30)), "ACCEPTED");
        account(username, given + " " + family, null, patientId, hash, "PATIENT");
    }

    private void account(String username, String displayName, Long staffId, Long patientId, String hash,
                         String role) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", username);
        row.put("password_hash", hash);
        row.put("display_name", displayName);
        row.put("staff_id", staffId);
        row.put("patient_id", patientId);
        row.put("enabled", true);
        row.put("created_at", Timestamp.from(Instant.now(clock)));
        long accountId = insert("user_account", row);
        jdbc.update("insert into user_account_role (account_id, role) values (?, ?)", accountId, role);
    }

    /** Patients referred over the last months, at every screening status, some waiting long. */
    private void patients(long siteId, int count, LocalDate today) {
        List<Object[]> referrals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
            LocalDate born = today.minusYears(25 + random.nextInt(55)).minusDays(random.nextInt(365));
            long patientId = patient(given, family, born, siteId, null);
            int roll = random.nextInt(10);
            String status = roll < 3 ? "AWAITING_SCREENING" : roll < 4 ? "ON_HOLD" : roll < 9 ? "ACCEPTED" : "REJECTED";
            int daysAgo = "AWAITING_SCREENING".equals(status) ? 1 + random.nextInt(21) : 14 + random.nextInt(160);
            referrals.add(referralRow(patientId, siteId, today.minusDays(daysAgo), status));
        }
        jdbc.batchUpdate("insert into referral (patient_id, site_id, referral_date, gp_practice, reason, status, "
                + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", referrals);
    }

    private long patient(String given, String family, LocalDate born, long siteId, String email) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nhs_number", nextNhsNumber());
        row.put("given_name", given);
        row.put("family_name", family);
        row.put("date_of_birth", born);
        row.put("phone", "07700 9" + String.format("%05d", random.nextInt(100_000)));
        row.put("email", email);
        row.put("home_site_id", siteId);
        row.put("created_at", Timestamp.from(Instant.now(clock)));
        row.put("version", 0);
        return insert("patient", row);
    }

    private void referral(long patientId, long siteId, LocalDate date, String status) {
        jdbc.update("insert into referral (patient_id, site_id, referral_date, gp_practice, reason, status, "
                + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", referralRow(patientId, siteId, date, status));
    }

    private Object[] referralRow(long patientId, long siteId, LocalDate date, String status) {
        return new Object[] {patientId, siteId, date, PRACTICES[random.nextInt(PRACTICES.length)],
            REASONS[random.nextInt(REASONS.length)], status, Timestamp.from(Instant.now(clock))};
    }

    /** NHS numbers from the 999 range, which the NHS keeps for test data and never issues. */
    private String nextNhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", nhsSerial++);
            Integer check = NhsNumber.checkDigit(nine);
            if (check != null) {
                return nine + check;
            }
        }
    }

    private long insert(String table, Map<String, Object> row) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new))
                .executeAndReturnKey(new java.util.HashMap<>(row)).longValue();
    }
}
