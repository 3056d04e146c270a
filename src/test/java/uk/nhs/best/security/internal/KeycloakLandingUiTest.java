package uk.nhs.best.security.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import uk.nhs.best.support.BrowserlessUiTest;

/** What a Keycloak user sees first, from the same views and layout as a local login. */
class KeycloakLandingUiTest extends BrowserlessUiTest {

    @Autowired
    KeycloakUsers keycloakUsers;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetLinks() {
        jdbc.update("update user_account set oidc_subject = null");
    }

    @Test
    void aClinicianLandsOnTheirSitesDashboardUnderTheirNameAndRole() {
        logInAs(keycloakLogin("amira.khan", "Amira Khan", List.of("CLINICIAN"), List.of("bedford")));

        assertThat(currentPath()).isEqualTo("sites/bedford");
        assertThat(menu()).containsExactly("Dashboard", "Calendar", "Group programmes", "Screening", "New referral",
                "Waiting lists", "Messages");
        assertThat(_get(Span.class, spec -> spec.withClasses("signed-in-as")).getText())
                .isEqualTo("Amira Khan · Clinician");
    }

    @Test
    void aUserWithNoPortalRoleIsToldSoAndSeesNothingElse() {
        logInAs(keycloakLogin("jo.newstarter", "Jo Newstarter", List.of(), List.of()));

        assertNoAccessPage();
        assertThat(_get(Span.class, spec -> spec.withClasses("signed-in-as")).getText()).isEqualTo("Jo Newstarter");
    }

    @Test
    void aClinicianWithNoSiteIsToldSoAndSeesNothingElse() {
        logInAs(keycloakLogin("tom.hughes", "Tom Hughes", List.of("CLINICIAN"), List.of()));

        assertNoAccessPage();
        navigateTo("sites/bedford");
        assertThat(_get(Main.class, spec -> spec.withId("access-denied")).getElement().getTextRecursively())
                .contains("You don't have access to this page").doesNotContain("Awaiting screening");
    }

    private Authentication keycloakLogin(String username, String name,
                                          List<String> roles, List<String> sites) {
        return KeycloakTokens.authenticationOf(keycloakUsers.signIn(
                KeycloakTokens.user(username, name, username + "@best-demo.nhs.uk", roles, sites)));
    }

    private void assertNoAccessPage() {
        assertThat(currentPath()).isEmpty();
        assertThat(_get(Main.class, spec -> spec.withId("no-access")).getElement().getTextRecursively())
                .contains("Your account has no access to the portal yet");
        assertThat(menu()).isEmpty();
    }
}
