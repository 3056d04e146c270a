package uk.nhs.best.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;

@PortalTest
class SiteAdministrationTest {

    @Autowired
    SiteAdministration administration;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anAdminListsEverySiteWithItsSettings() {
        signIn.as("admin");
        assertThat(administration.listSites())
                .extracting(SiteSummary::name, SiteSummary::activeRooms, SiteSummary::groupMinSize,
                        SiteSummary::groupMaxSize, SiteSummary::assessmentTargetWeeks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bedford", 4L, 6, 8, 6),
                        org.assertj.core.groups.Tuple.tuple("Greenwich", 5L, 6, 8, 6));
    }

    @Test
    void onlyAdminsListSites() {
        for (String username : new String[] {"manager.bedford", "sam.okafor", "olivia.bennett"}) {
            signIn.as(username);
            assertThatThrownBy(() -> administration.listSites()).as(username).isInstanceOf(AccessDeniedException.class);
        }
    }
}
