package uk.nhs.best.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.PathwayStep;

/**
 * Demo data for Bedford and Greenwich: sites, rooms, staff with their hours, patients,
 * referrals and one login for every role. Written straight to the tables so it can also fill a
 * site with thousands of patients for benchmarks. Dates are relative to today, so the demo
 * always has recent referrals.
 */
public class DemoData {

    public static final String PASSWORD = "best-demo";

    /** How far back the demo's group programmes go. */
    private static final int GROUP_HISTORY_WEEKS = 24;

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

        List<String> bedfordScreeners = List.of("amira.khan", "tom.hughes", "sam.okafor");
        List<String> greenwichScreeners = List.of("priya.patel", "daniel.clarke", "sam.okafor");
        patientAccount("olivia.bennett", "Olivia", "Bennett", LocalDate.of(1979, 4, 12), bedford, hash,
                new Referred(today.minusDays(33), PathwayStage.AWAITING_ASSESSMENT, "amira.khan"));
        patientAccount("james.wilson", "James", "Wilson", LocalDate.of(1965, 11, 3), bedford, hash,
                new Referred(today.minusDays(80), PathwayStage.AWAITING_GROUP, "tom.hughes"));
        patientAccount("fatima.ali", "Fatima", "Ali", LocalDate.of(1988, 7, 23), greenwich, hash,
                new Referred(today.minusDays(4), PathwayStage.AWAITING_SCREENING, null));
        patientAccount("george.evans", "George", "Evans", LocalDate.of(1952, 2, 29), greenwich, hash,
                new Referred(today.minusDays(46), PathwayStage.AWAITING_ASSESSMENT, "priya.patel"));

        patients(bedford, extraPatientsPerSite, today, bedfordScreeners);
        patients(greenwich, extraPatientsPerSite, today, greenwichScreeners);
        assessments(bedford, today, List.of("amira.khan", "tom.hughes"), List.of("Assessment room A", "Assessment room B"));
        assessments(greenwich, today, List.of("priya.patel", "daniel.clarke"), List.of("Clinic room 1", "Clinic room 2"));
        // Patients who have been through groups, or are in one, or wait for one, with the programmes they join.
        patients(bedford, 100, today, bedfordScreeners, true);
        patients(greenwich, 100, today, greenwichScreeners, true);
        // Afternoons at Bedford, so the mornings stay free for booking assessments from the calendar.
        DemoGroups groups = new DemoGroups(jdbc, clock, random);
        groups.load(bedford, List.of(
                new DemoGroups.Slot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), "Group room 1",
                        List.of("grace.adeyemi", "sam.okafor"), -15),
                new DemoGroups.Slot(DayOfWeek.THURSDAY, LocalTime.of(13, 30), "Group room 2",
                        List.of("grace.adeyemi"), 14),
                new DemoGroups.Slot(DayOfWeek.WEDNESDAY, LocalTime.of(15, 0), "Group room 1",
                        List.of("sam.okafor"), 1)), GROUP_HISTORY_WEEKS, jdbc.queryForList("select r.id from referral r "
                + "join user_account u on u.patient_id = r.patient_id where u.username = 'james.wilson'", Long.class));
        groups.load(greenwich, List.of(
                new DemoGroups.Slot(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), "Gym", List.of("chloe.martin"), -15),
                new DemoGroups.Slot(DayOfWeek.FRIDAY, LocalTime.of(13, 0), "Group room",
                        List.of("chloe.martin", "sam.okafor"), 14),
                new DemoGroups.Slot(DayOfWeek.MONDAY, LocalTime.of(13, 0), "Group room", List.of("chloe.martin"), 1)),
                GROUP_HISTORY_WEEKS, List.of());
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
                                String hash, Referred referred) {
        // The same address as the patient's Keycloak user (keycloak/best-realm.json), which links the two.
        long patientId = patient(given, family, born, siteId, username + "@example.com");
        referrals(siteId, List.of(patientId), List.of(referred));
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

    /** Where a demo referral stands and who screened it. */
    private record Referred(LocalDate date, PathwayStage stage, String screener) {
    }

    /**
     * Patients at every stage of the pathway: recent referrals awaiting screening, some on hold
     * or rejected, patients waiting for assessment or a group (some past the site's targets),
     * and some discharged. Written in batches, so a site of 20,000 patients loads in seconds.
     */
    private void patients(long siteId, int count, LocalDate today, List<String> screeners) {
        patients(siteId, count, today, screeners, false);
    }

    private void patients(long siteId, int count, LocalDate today, List<String> screeners, boolean forGroups) {
        List<Object[]> rows = new ArrayList<>();
        List<String> nhsNumbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String nhs = nextNhsNumber();
            nhsNumbers.add(nhs);
            rows.add(new Object[] {nhs, GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)],
                FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)],
                today.minusYears(25 + random.nextInt(55)).minusDays(random.nextInt(365)),
                "07700 9" + String.format("%05d", random.nextInt(100_000)), siteId, Timestamp.from(Instant.now(clock))});
        }
        jdbc.batchUpdate("insert into patient (nhs_number, given_name, family_name, date_of_birth, phone, home_site_id, "
                + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, nhs_number from patient where home_site_id = ?",
                rs -> { ids.put(rs.getString("nhs_number"), rs.getLong("id")); }, siteId);
        List<Long> patientIds = nhsNumbers.stream().map(ids::get).toList();
        List<Referred> referred = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String screener = screeners.get(random.nextInt(screeners.size()));
            int roll = forGroups ? 13 : random.nextInt(20);
            referred.add(switch (roll) {
                case 0, 1, 2, 3, 4 -> new Referred(today.minusDays(random.nextInt(10)), PathwayStage.AWAITING_SCREENING,
                        null);
                case 5 -> new Referred(today.minusDays(5 + random.nextInt(15)), PathwayStage.ON_HOLD, screener);
                case 6 -> new Referred(today.minusDays(10 + random.nextInt(60)), PathwayStage.REJECTED, screener);
                case 7, 8, 9, 10, 11, 12 -> new Referred(today.minusDays(7 + random.nextInt(55)),
                        PathwayStage.AWAITING_ASSESSMENT, screener);
                case 13, 14, 15, 16 -> new Referred(today.minusDays((forGroups ? 120 : 40) + random.nextInt(120)),
                        PathwayStage.AWAITING_GROUP, screener);
                default -> new Referred(today.minusDays(30 + random.nextInt(300)), PathwayStage.DISCHARGED, screener);
            });
        }
        referrals(siteId, patientIds, referred);
    }

    /** Referrals with the history that led to their stage, each step on a plausible day. */
    private void referrals(long siteId, List<Long> patientIds, List<Referred> referred) {
        List<Object[]> rows = new ArrayList<>();
        Map<Long, List<Step>> stepsByPatient = new HashMap<>();
        for (int i = 0; i < patientIds.size(); i++) {
            Referred r = referred.get(i);
            List<Step> steps = stepsTo(r);
            stepsByPatient.put(patientIds.get(i), steps);
            Step last = steps.getLast();
            rows.add(new Object[] {patientIds.get(i), siteId, r.date(), PRACTICES[random.nextInt(PRACTICES.length)],
                REASONS[random.nextInt(REASONS.length)], r.stage().name(), last.at(), last.reason(),
                "reception", steps.getFirst().at()});
        }
        jdbc.batchUpdate("insert into referral (patient_id, site_id, referral_date, gp_practice, reason, stage, "
                + "stage_changed_at, stage_reason, recorded_by, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        List<Object[]> events = new ArrayList<>();
        jdbc.query("select r.id, r.patient_id from referral r where r.site_id = ? and not exists "
                + "(select 1 from referral_event e where e.referral_id = r.id)", rs -> {
                    for (Step step : stepsByPatient.get(rs.getLong("patient_id"))) {
                        events.add(new Object[] {rs.getLong("id"), step.at(), step.actor(), step.kind().name(),
                            step.from() == null ? null : step.from().name(), step.to().name(), step.reason()});
                    }
                }, siteId);
        jdbc.batchUpdate("insert into referral_event (referral_id, occurred_at, actor, kind, from_stage, to_stage, "
                + "reason) values (?, ?, ?, ?, ?, ?, ?)", events);
    }

    private record Step(Timestamp at, String actor, PathwayStep kind, PathwayStage from, PathwayStage to,
                        String reason) {
    }

    private List<Step> stepsTo(Referred r) {
        List<Step> steps = new ArrayList<>();
        LocalDate day = r.date().plusDays(1);
        steps.add(new Step(at(day, 9), "reception", PathwayStep.RECEIVED, null, PathwayStage.AWAITING_SCREENING, null));
        if (r.stage() == PathwayStage.AWAITING_SCREENING) {
            return steps;
        }
        LocalDate screened = day.plusDays(1 + random.nextInt(2));
        switch (r.stage()) {
            case ON_HOLD -> steps.add(new Step(at(screened, 11), r.screener(), PathwayStep.PUT_ON_HOLD,
                    PathwayStage.AWAITING_SCREENING, PathwayStage.ON_HOLD,
                    "Need the result of the recent X-ray from the GP"));
            case REJECTED -> steps.add(new Step(at(screened, 11), r.screener(), PathwayStep.REJECTED,
                    PathwayStage.AWAITING_SCREENING, PathwayStage.REJECTED,
                    "Symptoms suggest a specialist spinal referral instead"));
            default -> {
                steps.add(new Step(at(screened, 11), r.screener(), PathwayStep.ACCEPTED,
                        PathwayStage.AWAITING_SCREENING, PathwayStage.AWAITING_ASSESSMENT, null));
                if (r.stage() == PathwayStage.AWAITING_GROUP || r.stage() == PathwayStage.DISCHARGED) {
                    steps.add(new Step(at(screened.plusDays(20 + random.nextInt(10)), 14), r.screener(),
                            PathwayStep.ASSESSED_SUITABLE, PathwayStage.AWAITING_ASSESSMENT,
                            PathwayStage.AWAITING_GROUP, null));
                }
                if (r.stage() == PathwayStage.DISCHARGED) {
                    steps.add(new Step(at(screened.plusDays(35 + random.nextInt(10)), 15), r.screener(),
                            PathwayStep.DISCHARGED, PathwayStage.AWAITING_GROUP, PathwayStage.DISCHARGED,
                            "Declined treatment: feels the back pain has settled"));
                }
            }
        }
        return steps;
    }

    /**
     * Books up to 12 of the site's patients awaiting assessment over the next two weeks, on
     * weekdays in the working hours of two full-time clinicians, each in a room of their own.
     */
    private void assessments(long siteId, LocalDate today, List<String> clinicians, List<String> rooms) {
        List<Long> referrals = jdbc.queryForList("select id from referral where site_id = ? and stage = "
                + "'AWAITING_ASSESSMENT' order by referral_date limit 12", Long.class, siteId);
        LocalDate day = today.plusDays(1);
        int[] startHours = {9, 11, 14};
        int slot = 0;
        for (long referral : referrals) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            int lane = slot % clinicians.size();
            Timestamp start = Timestamp.from(day.atTime(startHours[(slot / clinicians.size()) % startHours.length], 30)
                    .atZone(ClinicTime.ZONE).toInstant());
            Timestamp end = Timestamp.from(start.toInstant().plusSeconds(3600));
            Long staffId = jdbc.queryForObject("select staff_id from user_account where username = ?", Long.class,
                    clinicians.get(lane));
            Long roomId = jdbc.queryForObject("select id from room where site_id = ? and name = ?", Long.class, siteId,
                    rooms.get(lane));
            Long patientId = jdbc.queryForObject("select patient_id from referral where id = ?", Long.class, referral);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("site_id", siteId);
            row.put("kind", "ASSESSMENT");
            row.put("room_id", roomId);
            row.put("starts_at", start);
            row.put("ends_at", end);
            row.put("status", "BOOKED");
            row.put("created_at", Timestamp.from(Instant.now(clock)));
            row.put("created_by", clinicians.get(lane));
            row.put("version", 0);
            long appointment = insert("appointment", row);
            jdbc.update("insert into appointment_clinician (appointment_id, staff_id) values (?, ?)", appointment,
                    staffId);
            jdbc.update("insert into appointment_patient (appointment_id, patient_id) values (?, ?)", appointment,
                    patientId);
            jdbc.update("insert into assessment (appointment_id, referral_id) values (?, ?)", appointment, referral);
            Timestamp now = Timestamp.from(Instant.now(clock));
            jdbc.update("update referral set stage = 'ASSESSMENT_BOOKED', stage_changed_at = ?, version = version + 1 "
                    + "where id = ?", now, referral);
            jdbc.update("insert into referral_event (referral_id, occurred_at, actor, kind, from_stage, to_stage, reason) "
                    + "values (?, ?, ?, 'ASSESSMENT_BOOKED', 'AWAITING_ASSESSMENT', 'ASSESSMENT_BOOKED', ?)", referral, now,
                    clinicians.get(lane), ClinicTime.DATE_TIME.format(start.toInstant().atZone(ClinicTime.ZONE)));
            slot++;
            if (slot % (clinicians.size() * startHours.length) == 0) {
                day = day.plusDays(1);
            }
        }
    }

    private Timestamp at(LocalDate day, int hour) {
        LocalDate latest = ClinicTime.today(clock);
        return Timestamp.from((day.isAfter(latest) ? latest : day).atTime(hour, 0).atZone(ClinicTime.ZONE).toInstant());
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
        return insert(jdbc, table, row);
    }

    static long insert(JdbcTemplate jdbc, String table, Map<String, Object> row) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new))
                .executeAndReturnKey(new HashMap<>(row)).longValue();
    }
}
