package uk.nhs.best.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import org.junit.jupiter.api.Test;
import uk.nhs.best.sites.SiteSummary;
import uk.nhs.best.support.BrowserlessUiTest;

class LandingAndAccessUiTest extends BrowserlessUiTest {

    @Test
    void aPatientLandsOnMyCareAndSeesOnlyMyCare() {
        logInAs("olivia.bennett");
        assertThat(currentPath()).isEqualTo("my-care");
        assertThat(_get(Main.class, spec -> spec.withClasses("my-care")).getElement().getTextRecursively())
                .contains("Hello Olivia Bennett").contains("at Bedford").contains("My appointments");
        assertThat(_get(H2.class, spec -> spec.withText("My care"))).isNotNull();
        assertThat(menu()).containsExactly("My care", "Messages");
    }

    @Test
    void aClinicianLandsOnTheirSitesDashboard() {
        logInAs("amira.khan");
        assertThat(currentPath()).isEqualTo("sites/bedford");
        assertThat(_get(H2.class, spec -> spec.withText("Bedford"))).isNotNull();
        assertThat(menu()).containsExactly("Dashboard", "Calendar", "Group programmes", "Screening", "New referral",
                "Waiting lists", "Messages");
        assertThat(menuPaths()).containsExactly("sites/bedford", "sites/bedford/calendar", "sites/bedford/programmes",
                "sites/bedford/screening",
                "sites/bedford/referrals/new", "sites/bedford/waiting-lists", "sites/bedford/messages");
        assertThat(_get(Span.class, spec -> spec.withId("current-site")).getText()).isEqualTo("Bedford");
    }

    @Test
    void aSiteManagerLandsOnTheirSitesDashboard() {
        logInAs("manager.greenwich");
        assertThat(currentPath()).isEqualTo("sites/greenwich");
        assertThat(_get(H2.class, spec -> spec.withText("Greenwich"))).isNotNull();
        assertThat(menu()).as("managers don't screen referrals")
                .containsExactly("Dashboard", "Calendar", "Group programmes", "New referral", "Waiting lists",
                        "Capacity", "Audit log");
    }

    @Test
    void anAdminLandsOnTheListOfSites() {
        logInAs("admin");
        assertThat(currentPath()).isEqualTo("sites");
        assertThat(_get(H2.class, spec -> spec.withText("Sites"))).isNotNull();
        assertThat(menu()).containsExactly("All sites", "Sites", "Audit log");
    }

    @Test
    void staffOfTwoSitesSwitchSiteFromTheLayout() {
        logInAs("sam.okafor");
        assertThat(currentPath()).isEqualTo("sites/bedford");
        @SuppressWarnings("unchecked")
        Select<SiteSummary> switcher = _get(Select.class, spec -> spec.withId("site-switcher"));
        assertThat(switcher.getValue().name()).isEqualTo("Bedford");
        SiteSummary greenwich = switcher.getListDataView().getItems()
                .filter(site -> site.code().equals("greenwich")).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(switcher, greenwich, true);

        assertThat(currentPath()).isEqualTo("sites/greenwich");
        assertThat(_get(H2.class, spec -> spec.withText("Greenwich"))).isNotNull();
        assertThat(menuPaths()).filteredOn(path -> !path.equals("all-sites"))
                .allMatch(path -> path.startsWith("sites/greenwich")).contains("sites/greenwich");
    }

    @Test
    void aBedfordClinicianTypingGreenwichsAddressIsToldTheyHaveNoAccess() {
        logInAs("amira.khan");
        navigateTo("sites/greenwich");
        assertAccessDenied();
    }

    @Test
    void aPatientTypingAStaffAddressIsToldTheyHaveNoAccess() {
        logInAs("olivia.bennett");
        navigateTo("sites/bedford");
        assertAccessDenied();
        navigateTo("sites");
        assertAccessDenied();
    }

    @Test
    void staffCannotOpenAdminOrPatientPages() {
        logInAs("manager.bedford");
        navigateTo("sites");
        assertAccessDenied();
        navigateTo("my-care");
        assertAccessDenied();
    }

    @Test
    void anAdminCannotOpenASitesPatientFigures() {
        logInAs("admin");
        navigateTo("sites/bedford");
        assertAccessDenied();
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() {
        navigateTo("sites/bedford");
        assertThat(currentPath()).isEqualTo("login");
    }

    private void assertAccessDenied() {
        Main denied = _get(Main.class, spec -> spec.withId("access-denied"));
        assertThat(denied.getElement().getTextRecursively()).contains("You don't have access to this page");
        assertThat(denied.getElement().getTextRecursively()).doesNotContain("Awaiting screening");
    }
}
