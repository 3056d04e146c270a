package uk.nhs.best.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.capacity.ForecastInputs.Cohort;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class CapacityPlanningTest {

    @Autowired
    CapacityPlanning planning;

    @Autowired
    SignIn signIn;

    @Autowired
    TestReferrals referrals;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theInputsAreBedfordsOwnFiguresCountedIndependently() {
        signIn.as("manager.bedford");
        CapacityPlan plan = planning.plan("bedford");
        ForecastInputs inputs = plan.inputs();
        LocalDate monday = inputs.firstWeek();

        assertThat(plan.siteName()).isEqualTo("Bedford");
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(inputs.referralsPerWeek()).hasSize(26);
        assertThat(inputs.referralsPerWeek().stream().mapToInt(Integer::intValue).sum()).isEqualTo(count(
                "select count(*) from referral r join site s on s.id = r.site_id where s.code = 'bedford' "
                        + "and r.referral_date between ? and ?", monday.minusWeeks(26), monday.minusDays(1)))
                .isPositive();
        assertThat(total(inputs.awaitingScreening())).isEqualTo(stage("'AWAITING_SCREENING', 'ON_HOLD'")).isPositive();
        assertThat(total(inputs.awaitingAssessment())).isEqualTo(stage("'AWAITING_ASSESSMENT', 'ASSESSMENT_BOOKED'"));
        assertThat(total(inputs.awaitingGroup())).isEqualTo(stage("'AWAITING_GROUP'"));
        assertThat(inputs.awaitingScreening()).allSatisfy(c -> assertThat(c.referralWeek().getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY));

        // Session DNA from each register line's newest mark, counted here with a join instead of a subquery.
        List<Integer> marks = jdbc.queryForList("""
                select case when m.mark = 'DID_NOT_ATTEND' then 1 else 0 end
                from attendance m
                join (select appointment_id, enrolment_id, max(id) as newest from attendance
                      group by appointment_id, enrolment_id) latest on latest.newest = m.id
                join appointment a on a.id = m.appointment_id join site s on s.id = a.site_id
                where s.code = 'bedford' and m.mark in ('ATTENDED', 'DID_NOT_ATTEND')
                  and a.starts_at >= ? and a.starts_at < ?
                """, Integer.class, london(monday.minusWeeks(26)), Timestamp.from(Instant.now()));
        assertThat(inputs.history().sessionAttendance())
                .isEqualTo(new ForecastInputs.Count(marks.stream().mapToInt(Integer::intValue).sum(), marks.size()));
        assertThat(inputs.history().sessionAttendance().outOf()).as("the demo's registers").isPositive();
        assertThat(inputs.history().screening().outOf()).isEqualTo(count("select count(*) from referral_event e "
                + "join referral r on r.id = e.referral_id join site s on s.id = r.site_id where s.code = 'bedford' "
                + "and e.kind in ('ACCEPTED', 'REJECTED') and e.occurred_at >= ?", london(monday.minusWeeks(26))));
        assertThat(plan.programmes()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.start()).isAfterOrEqualTo(monday.minusWeeks(5));
            assertThat(p.enrolled()).isBetween(0, p.places());
        });
        assertThat(plan.clinicians()).extracting(CapacityPlan.AssessingClinician::weeklyHours)
                .anySatisfy(hours -> assertThat(hours).isPositive());
        assertThat(plan.baseline().weeks()).hasSize(CapacityPlanning.WEEKS);
    }

    @Test
    void referralsRecordedInAWeekMoveThatWeekByExactlyTheirNumber() {
        signIn.as("manager.bedford");
        CapacityPlan before = planning.plan("bedford");
        LocalDate week = before.inputs().firstWeek().minusWeeks(9);
        LocalDate wednesday = week.plusDays(2);

        referrals.record("manager.bedford", "bedford", "Capacity", wednesday);
        referrals.record("manager.bedford", "bedford", "Capacity", wednesday.plusDays(1));
        referrals.awaitingAssessment("amira.khan", "bedford", "Capacity", wednesday);
        signIn.as("manager.bedford");
        CapacityPlan after = planning.plan("bedford");

        assertThat(after.inputs().referralsPerWeek().get(26 - 9))
                .isEqualTo(before.inputs().referralsPerWeek().get(26 - 9) + 3);
        assertThat(inWeek(after.inputs().awaitingScreening(), week))
                .isEqualTo(inWeek(before.inputs().awaitingScreening(), week) + 2);
        assertThat(inWeek(after.inputs().awaitingAssessment(), week))
                .isEqualTo(inWeek(before.inputs().awaitingAssessment(), week) + 1);
        ForecastInputs.Count screened = before.inputs().history().screening();
        assertThat(after.inputs().history().screening())
                .isEqualTo(new ForecastInputs.Count(screened.events() + 1, screened.outOf() + 1));
    }

    @Test
    void aWhatIfChangesTheScenarioButNotTheBaseline() {
        signIn.as("manager.bedford");
        CapacityPlan plan = planning.plan("bedford");
        WhatIf whatIf = planning.whatIf(plan, Scenario.BASELINE.withReferralsPerWeek(200));

        assertThat(whatIf.baseline()).isEqualTo(plan.baseline());
        assertThat(whatIf.forecast().weeks()).allSatisfy(w -> assertThat(w.arrivals()).isEqualTo(200));
        assertThat(whatIf.forecast().weeks().getLast().assessmentList())
                .isGreaterThan(plan.baseline().weeks().getLast().assessmentList());
        assertThat(planning.whatIf(plan, Scenario.BASELINE).forecast()).isEqualTo(plan.baseline());
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerWeekWithEnglishDates() {
        signIn.as("manager.greenwich");
        CapacityPlan plan = planning.plan("greenwich");
        String[] lines = planning.csv(plan, planning.whatIf(plan, Scenario.BASELINE.withReferralsPerWeek(30)))
                .split("\r\n");

        assertThat(lines).hasSize(1 + 26);
        assertThat(lines[0]).startsWith("Week beginning,Referrals (baseline),Referrals (what-if),");
        assertThat(lines[1]).startsWith(ClinicTime.formatDate(plan.inputs().firstWeek()) + ",");
        assertThat(List.of(lines).subList(1, 27)).allSatisfy(line -> assertThat(line)
                .matches("\\d{2}/\\d{2}/\\d{4},\\d+,30,.*").satisfies(l -> assertThat(l.split(",")).hasSize(15)));
    }

    @Test
    void onlyTheSitesOwnManagersMayPlanItsCapacity() {
        signIn.as("manager.bedford");
        assertThatThrownBy(() -> planning.plan("greenwich")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.plan("nowhere")).isInstanceOf(AccessDeniedException.class);

        signIn.as("amira.khan");
        assertThatThrownBy(() -> planning.plan("bedford")).as("a clinician, not a manager")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("manager.greenwich");
        CapacityPlan greenwich = planning.plan("greenwich");
        signIn.as("manager.bedford");
        assertThatThrownBy(() -> planning.whatIf(greenwich, Scenario.BASELINE))
                .as("a plan loaded by someone else is still Greenwich's").isInstanceOf(AccessDeniedException.class);

        signIn.as("admin");
        assertThatThrownBy(() -> planning.plan("bedford")).as("admins see no site's patient figures")
                .isInstanceOf(AccessDeniedException.class);
    }

    private static int total(List<Cohort> cohorts) {
        return cohorts.stream().mapToInt(Cohort::patients).sum();
    }

    private static int inWeek(List<Cohort> cohorts, LocalDate monday) {
        return cohorts.stream().filter(c -> c.referralWeek().equals(monday)).mapToInt(Cohort::patients).sum();
    }

    private int stage(String stages) {
        return count("select count(*) from referral r join site s on s.id = r.site_id where s.code = 'bedford' "
                + "and r.stage in (" + stages + ")");
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** The start of a London day as the tables store it, converted as the app converts it. */
    private static Timestamp london(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClinicTime.ZONE).toInstant());
    }
}
