package uk.nhs.best.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.nhs.best.demo.DemoData;
import uk.nhs.best.support.PortalTest;

@PortalTest
class LocalLoginTest {

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aClinicianOfTwoSitesGetsBothSitesAndTheClinicianRole() {
        UserDetails sam = accounts.loadUserByUsername("sam.okafor");
        PortalUser user = ((PortalPrincipal) sam).portalUser();
        assertThat(user.roles()).containsExactly(Role.CLINICIAN);
        assertThat(user.siteCodes()).containsExactly("bedford", "greenwich");
        assertThat(user.staffId()).isNotNull();
        assertThat(user.patientId()).isNull();
        assertThat(sam.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CLINICIAN");
    }

    @Test
    void aPatientBelongsToTheirHomeSiteOnly() {
        PortalUser fatima = ((PortalPrincipal) accounts.loadUserByUsername("fatima.ali")).portalUser();
        assertThat(fatima.roles()).containsExactly(Role.PATIENT);
        assertThat(fatima.siteCodes()).containsExactly("greenwich");
        assertThat(fatima.patientId()).isNotNull();
        assertThat(fatima.isStaff()).isFalse();
        assertThat(fatima.worksAt("greenwich")).as("a patient is not staff of their site").isFalse();
    }

    @Test
    void managersAndAdminsGetTheirRoles() {
        PortalUser manager = ((PortalPrincipal) accounts.loadUserByUsername("manager.greenwich")).portalUser();
        assertThat(manager.roles()).containsExactly(Role.SITE_MANAGER);
        assertThat(manager.siteCodes()).containsExactly("greenwich");
        PortalUser admin = ((PortalPrincipal) accounts.loadUserByUsername("admin")).portalUser();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.siteCodes()).isEmpty();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        UserDetails amira = accounts.loadUserByUsername("amira.khan");
        assertThat(amira.getPassword()).startsWith("$2").doesNotContain(DemoData.PASSWORD);
        assertThat(passwords.matches(DemoData.PASSWORD, amira.getPassword())).isTrue();
        assertThat(passwords.matches("wrong", amira.getPassword())).isFalse();
    }

    @Test
    void anUnknownUsernameIsRefused() {
        assertThatThrownBy(() -> accounts.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }
}
