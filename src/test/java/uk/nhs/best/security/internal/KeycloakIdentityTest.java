package uk.nhs.best.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.nhs.best.security.AccountHolder;
import uk.nhs.best.security.Role;

class KeycloakIdentityTest {

    @Test
    void rolesAreThePortalsRealmRolesAndSitesTheSitesClaim() {
        KeycloakIdentity sam = KeycloakIdentity.of(KeycloakTokens.user("subject-1", "sam.okafor", "Sam Okafor",
                "sam.okafor@best-demo.nhs.uk", true,
                List.of("CLINICIAN", "offline_access", "default-roles-best", "clinician"), List.of("greenwich", "bedford")));

        assertThat(sam.subject()).isEqualTo("subject-1");
        assertThat(sam.username()).isEqualTo("sam.okafor");
        assertThat(sam.displayName()).isEqualTo("Sam Okafor");
        assertThat(sam.email()).isEqualTo("sam.okafor@best-demo.nhs.uk");
        assertThat(sam.emailVerified()).isTrue();
        assertThat(sam.roles()).as("Keycloak's own roles and other spellings are ignored").containsExactly(Role.CLINICIAN);
        assertThat(sam.siteCodes()).containsExactlyInAnyOrder("bedford", "greenwich");
    }

    @Test
    void aTokenWithoutRolesOrSitesGivesNone() {
        Instant now = Instant.now();
        OidcIdToken token = OidcIdToken.withTokenValue("t").subject("subject-2").issuedAt(now)
                .expiresAt(now.plusSeconds(60)).build();

        KeycloakIdentity nobody = KeycloakIdentity.of(new DefaultOidcUser(List.of(), token));

        assertThat(nobody.roles()).isEmpty();
        assertThat(nobody.siteCodes()).isEmpty();
        assertThat(nobody.emailVerified()).isFalse();
        assertThat(nobody.username()).as("without a username the subject names them").isEqualTo("subject-2");
        assertThat(nobody.displayName()).isEqualTo("subject-2");
    }

    @Test
    void staffRolesMayOnlyBeStaffRecordsAndPatientsOnlyPatientRecords() {
        KeycloakIdentity manager = KeycloakIdentity.of(KeycloakTokens.user("manager.bedford", "Helen Brooks",
                "manager.bedford@best-demo.nhs.uk", List.of("SITE_MANAGER"), List.of("bedford")));
        KeycloakIdentity patient = KeycloakIdentity.of(KeycloakTokens.user("olivia.bennett", "Olivia Bennett",
                "olivia.bennett@example.com", List.of("PATIENT"), List.of("bedford")));
        KeycloakIdentity admin = KeycloakIdentity.of(KeycloakTokens.user("admin", "Portal Administrator",
                "admin@best-demo.nhs.uk", List.of("ADMIN"), List.of()));

        assertThat(manager.mayBe(new AccountHolder.Staff(1))).isTrue();
        assertThat(manager.mayBe(new AccountHolder.Patient(1))).isFalse();
        assertThat(patient.mayBe(new AccountHolder.Patient(1))).isTrue();
        assertThat(patient.mayBe(new AccountHolder.Staff(1))).isFalse();
        assertThat(admin.mayBe(new AccountHolder.Staff(1))).isFalse();
        assertThat(admin.mayBe(new AccountHolder.Patient(1))).isFalse();
    }
}
