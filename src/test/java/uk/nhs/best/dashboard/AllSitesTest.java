package uk.nhs.best.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;

@PortalTest
class AllSitesTest {

    @Autowired
    AllSites allSites;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void eachSitesRowCountsItsOwnWaitsTimeAndPlaces() {
        signIn.as("admin");
        SiteComparison bedford = allSites.compare().stream().filter(s -> s.siteCode().equals("bedford")).findFirst()
                .orElseThrow();

        assertThat(bedford.awaitingGroup().waiting()).isEqualTo((int) number("select count(*) from referral r join site s "
                + "on s.id = r.site_id where s.code = 'bedford' and r.stage = 'AWAITING_GROUP'"));
        LocalDate monday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(bedford.assessmentTime().bookedHours()).isEqualTo(number("select coalesce(sum(timestampdiff("
                + "minute, a.starts_at, a.ends_at)), 0) / 60 from appointment a join site s on s.id = a.site_id "
                + "where s.code = 'bedford' and a.kind = 'ASSESSMENT' and a.status in ('BOOKED', 'ATTENDED', "
                + "'DID_NOT_ATTEND') and a.starts_at >= '" + utc(monday) + "' and a.starts_at < '"
                + utc(monday.plusWeeks(1)) + "'"));
        // Amira and Tom 5 days of 8 hours, Grace 2 and Sam 3 days of 7 hours at Bedford.
        assertThat(bedford.assessmentTime().workingHours()).isEqualTo(115.0);
        assertThat(bedford.groupPlaces().taken()).isEqualTo((int) number("select count(*) from enrolment e join "
                + "group_programme g on g.id = e.programme_id join site s on s.id = g.site_id where s.code = 'bedford' "
                + "and g.status = 'ACTIVE' and e.status in ('ENROLLED', 'OFFERED') and (select max(a.starts_at) from "
                + "group_session gs join appointment a on a.id = gs.appointment_id where gs.programme_id = g.id) "
                + "> utc_timestamp()"));
        assertThat(bedford.groupPlaces().places()).isPositive();
    }

    @Test
    void patientsAreRefused() {
        signIn.as("olivia.bennett");
        assertThatThrownBy(() -> allSites.compare()).isInstanceOf(AccessDeniedException.class);
    }

    private double number(String sql) {
        return jdbc.queryForObject(sql, Double.class);
    }

    private static String utc(LocalDate londonDay) {
        return londonDay.atStartOfDay(ClinicTime.ZONE).toInstant().toString().replace("T", " ").replace("Z", "");
    }
}
