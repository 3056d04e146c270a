package uk.nhs.best.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class AuditLogTest {

    @Autowired
    AuditLogQuery log;

    @Autowired
    TestReferrals referrals;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void siteManagersReadTheirOwnSitesLogNewestFirst() {
        RecordedReferral greenwich = referrals.record("priya.patel", "greenwich", "AuditMe", LocalDate.now());
        signIn.as("manager.greenwich");

        AuditEntry newest = log.page("greenwich", 0, 1).getFirst();
        assertThat(newest.action()).isEqualTo(AuditAction.REFERRAL_RECORDED);
        assertThat(newest.actor()).isEqualTo("priya.patel");
        assertThat(newest.patientName()).isEqualTo("Test AuditMe");
        assertThat(newest.siteName()).isEqualTo("Greenwich");
        assertThat(log.page(null, 0, 500)).allMatch(entry -> "Greenwich".equals(entry.siteName()));
        assertThat(log.count("greenwich")).isGreaterThanOrEqualTo(2);
        assertThat(greenwich.patient().id()).isEqualTo(newest.patientId());

        assertThatThrownBy(() -> log.page("bedford", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminsReadEverySitesLogAndCliniciansAndPatientsNone() {
        referrals.record("amira.khan", "bedford", "AdminSees", LocalDate.now());
        referrals.record("priya.patel", "greenwich", "AdminSeesToo", LocalDate.now());
        signIn.as("admin");
        assertThat(log.page(null, 0, 50)).extracting(AuditEntry::siteName).contains("Bedford", "Greenwich");
        assertThat(log.count(null)).isGreaterThanOrEqualTo(log.count("bedford") + log.count("greenwich"));
        for (String user : new String[] {"amira.khan", "olivia.bennett"}) {
            signIn.as(user);
            assertThatThrownBy(() -> log.page("bedford", 0, 10)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteHistory() {
        referrals.record("amira.khan", "bedford", "Immutable", LocalDate.now());
        long auditId = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        long eventId = jdbc.queryForObject("select max(id) from referral_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where id = ?", auditId))
                .hasMessageContaining("The audit log cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", auditId))
                .hasMessageContaining("The audit log cannot be changed");
        assertThatThrownBy(() -> jdbc.update("update referral_event set reason = 'x' where id = ?", eventId))
                .hasMessageContaining("Referral history cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from referral_event where id = ?", eventId))
                .hasMessageContaining("Referral history cannot be changed");
        assertThat(jdbc.queryForObject("select actor from audit_event where id = ?", String.class, auditId))
                .isEqualTo("amira.khan");
    }
}
