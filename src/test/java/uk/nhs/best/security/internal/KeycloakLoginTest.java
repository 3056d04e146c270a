package uk.nhs.best.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.nhs.best.dashboard.SiteDashboardService;
import uk.nhs.best.mycare.MyCareService;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalPrincipal;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;
import uk.nhs.best.security.SiteAccess;
import uk.nhs.best.support.PortalTest;

/**
 * A Keycloak login as the portal sees it once Keycloak has said who the user is: the token's
 * roles and sites, and the link to the user's staff or patient record, made once on first login.
 */
@PortalTest
class KeycloakLoginTest {

    @Autowired
    KeycloakUsers keycloakUsers;

    @Autowired
    UserDetailsService localAccounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SiteAccess siteAccess;

    @Autowired
    SiteDashboardService dashboards;

    @Autowired
    MyCareService myCare;

    @Autowired
    JdbcTemplate jdbc;

    // The context's own strategy, the one CurrentUser reads: the JVM-wide holder belongs to
    // whichever Spring context started last.
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void forgetLinksAndSignOut() {
        jdbc.update("update user_account set oidc_subject = null");
        securityContext.clearContext();
    }

    @Test
    void aClinicianGetsTheTokensRolesAndSitesAndTheirStaffRecord() {
        OidcUser keycloakUser = KeycloakTokens.user("amira.khan", "Amira Khan", "amira.khan@best-demo.nhs.uk",
                List.of("CLINICIAN", "offline_access"), List.of("bedford"));

        PortalOidcUser amira = keycloakUsers.signIn(keycloakUser);

        PortalUser user = amira.portalUser();
        assertThat(user.username()).isEqualTo("amira.khan");
        assertThat(user.displayName()).isEqualTo("Amira Khan");
        assertThat(user.roles()).containsExactly(Role.CLINICIAN);
        assertThat(user.siteCodes()).containsExactly("bedford");
        assertThat(user.staffId()).isNotNull().isEqualTo(localUser("amira.khan").staffId());
        assertThat(user.patientId()).isNull();
        assertThat(amira.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CLINICIAN");
        assertThat(amira.getName()).as("named by the stable subject").isEqualTo(keycloakUser.getSubject());
    }

    @Test
    void servicesAndSiteScopingWorkUnchangedForAKeycloakUser() {
        signInAs(keycloakUsers.signIn(KeycloakTokens.user("amira.khan", "Amira Khan", "amira.khan@best-demo.nhs.uk",
                List.of("CLINICIAN"), List.of("bedford"))));

        assertThat(currentUser.require().username()).isEqualTo("amira.khan");
        assertThat(siteAccess.isStaffAt("bedford")).isTrue();
        assertThat(siteAccess.isStaffAt("greenwich")).isFalse();
        assertThat(dashboards.dashboardFor("bedford").siteName()).isEqualTo("Bedford");
        assertThatThrownBy(() -> dashboards.dashboardFor("greenwich")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCare.myCare()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPatientIsLinkedToTheirPatientRecordAndSeesTheirCare() {
        signInAs(keycloakUsers.signIn(KeycloakTokens.user("olivia.bennett", "Olivia Bennett",
                "Olivia.Bennett@example.com", List.of("PATIENT"), List.of("bedford"))));

        assertThat(currentUser.require().patientId()).isNotNull().isEqualTo(localUser("olivia.bennett").patientId());
        assertThat(currentUser.require().staffId()).isNull();
        assertThat(myCare.myCare().patientName()).isEqualTo("Olivia Bennett");
        assertThat(siteAccess.isStaffAt("bedford")).as("a patient is not staff of their site").isFalse();
    }

    @Test
    void theLinkIsMadeOnceAndThenFollowsTheSubjectNotTheEmailAddress() {
        OidcUser first = KeycloakTokens.user("tom.hughes", "Tom Hughes", "tom.hughes@best-demo.nhs.uk",
                List.of("CLINICIAN"), List.of("bedford"));
        Long tomsRecord = keycloakUsers.signIn(first).portalUser().staffId();
        assertThat(tomsRecord).isEqualTo(localUser("tom.hughes").staffId());
        assertThat(subjectOf("tom.hughes")).isEqualTo(first.getSubject());

        OidcUser sameUserNewAddress = KeycloakTokens.user(first.getSubject(), "tom.hughes", "Tom Hughes",
                "tom@elsewhere.example", false, List.of("CLINICIAN"), List.of("bedford"));
        assertThat(keycloakUsers.signIn(sameUserNewAddress).portalUser().staffId()).isEqualTo(tomsRecord);
    }

    @Test
    void anotherKeycloakUserWithTheSameAddressIsNeverLinkedToALinkedAccount() {
        OidcUser tom = KeycloakTokens.user("tom.hughes", "Tom Hughes", "tom.hughes@best-demo.nhs.uk",
                List.of("CLINICIAN"), List.of("bedford"));
        keycloakUsers.signIn(tom);

        OidcUser impostor = KeycloakTokens.user("t.hughes", "Tom Hughes", "TOM.HUGHES@best-demo.nhs.uk",
                List.of("CLINICIAN"), List.of("bedford"));
        PortalUser second = keycloakUsers.signIn(impostor).portalUser();

        assertThat(second.staffId()).isNull();
        assertThat(subjectOf("tom.hughes")).as("the first link stays").isEqualTo(tom.getSubject());
        assertThat(second.roles()).as("what Keycloak grants still holds").containsExactly(Role.CLINICIAN);
    }

    @Test
    void anUnverifiedAddressLinksNothing() {
        OidcUser unverified = KeycloakTokens.user("subject-unverified", "grace.adeyemi", "Grace Adeyemi",
                "grace.adeyemi@best-demo.nhs.uk", false, List.of("CLINICIAN"), List.of("bedford"));

        assertThat(keycloakUsers.signIn(unverified).portalUser().staffId()).isNull();
        assertThat(subjectOf("grace.adeyemi")).isNull();
    }

    @Test
    void anAddressOnTwoPatientsRecordsLinksNeither() {
        long olivia = localUser("olivia.bennett").patientId();
        long james = localUser("james.wilson").patientId();
        jdbc.update("update patient set email = 'the.household@example.com' where id in (?, ?)", olivia, james);
        try {
            PortalUser user = keycloakUsers.signIn(KeycloakTokens.user("olivia.bennett", "Olivia Bennett",
                    "the.household@example.com", List.of("PATIENT"), List.of("bedford"))).portalUser();

            assertThat(user.patientId()).isNull();
            assertThat(subjectOf("olivia.bennett")).isNull();
            assertThat(subjectOf("james.wilson")).isNull();
        } finally {
            jdbc.update("update patient set email = ? where id = ?", "olivia.bennett@example.com", olivia);
            jdbc.update("update patient set email = ? where id = ?", "james.wilson@example.com", james);
        }
    }

    @Test
    void aPatientLoginIsNeverLinkedToAStaffRecord() {
        PortalUser user = keycloakUsers.signIn(KeycloakTokens.user("amira.patient", "Amira Khan",
                "amira.khan@best-demo.nhs.uk", List.of("PATIENT"), List.of("bedford"))).portalUser();

        assertThat(user.staffId()).isNull();
        assertThat(user.patientId()).isNull();
        assertThat(subjectOf("amira.khan")).isNull();
    }

    @Test
    void aDisabledAccountGivesNoRecord() {
        jdbc.update("update user_account set enabled = false where username = 'priya.patel'");
        try {
            PortalUser priya = keycloakUsers.signIn(KeycloakTokens.user("priya.patel", "Priya Patel",
                    "priya.patel@best-demo.nhs.uk", List.of("CLINICIAN"), List.of("greenwich"))).portalUser();

            assertThat(priya.staffId()).isNull();
        } finally {
            jdbc.update("update user_account set enabled = true where username = 'priya.patel'");
        }
    }

    @Test
    void aUserWithNoPortalRoleGetsNoAuthorityAndNoRecord() {
        PortalOidcUser jo = keycloakUsers.signIn(KeycloakTokens.user("jo.newstarter", "Jo Newstarter",
                "jo.newstarter@best-demo.nhs.uk", List.of("offline_access"), List.of()));

        assertThat(jo.portalUser().roles()).isEmpty();
        assertThat(jo.portalUser().siteCodes()).isEmpty();
        assertThat(jo.portalUser().staffId()).isNull();
        assertThat(jo.portalUser().patientId()).isNull();
        assertThat(jo.getAuthorities()).isEmpty();
    }

    private PortalUser localUser(String username) {
        return ((PortalPrincipal) localAccounts.loadUserByUsername(username)).portalUser();
    }

    private String subjectOf(String username) {
        return jdbc.queryForObject("select oidc_subject from user_account where username = ?", String.class, username);
    }

    private void signInAs(PortalOidcUser user) {
        securityContext.getContext().setAuthentication(KeycloakTokens.authenticationOf(user));
    }
}
