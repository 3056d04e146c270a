package uk.nhs.best.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.Test;
import uk.nhs.best.dashboard.SiteComparison;
import uk.nhs.best.referrals.TargetStatus;
import uk.nhs.best.shell.AccessDeniedView;
import uk.nhs.best.support.BrowserlessUiTest;

class DashboardUiTest extends BrowserlessUiTest {

    @Test
    void everyWaitingListFigureLinksToItsListAtItsTargetState() {
        logInAs("manager.bedford");
        assertThat(_get(Anchor.class, spec -> spec.withId("figure-awaiting-group")).getHref())
                .isEqualTo("sites/bedford/waiting-lists?list=awaiting-group");
        Anchor breached = _get(Anchor.class, spec -> spec.withId("figure-breached-group"));
        assertThat(breached.getHref()).isEqualTo("sites/bedford/waiting-lists?list=awaiting-group&target=breached");
        assertThat(_get(Anchor.class, spec -> spec.withId("figure-dna-rate")).getHref())
                .isEqualTo("sites/bedford/programmes");

        navigateTo(breached.getHref());

        assertThat(_get(Tabs.class).getSelectedTab().getId()).contains("tab-awaiting-group");
        @SuppressWarnings("unchecked")
        Select<TargetStatus> target = _get(Select.class, spec -> spec.withPredicate(
                select -> "Target".equals(select.getElement().getProperty("accessibleName"))
                        || "Target".equals(select.getElement().getAttribute("aria-label"))));
        assertThat(target.getValue()).isEqualTo(TargetStatus.BREACHED);
    }

    @Test
    void theDashboardListsTheFreedPlaceToOfferAndTheRepeatedMisses() {
        logInAs("amira.khan");
        String tasks = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("group-tasks"))
                .getElement().getTextRecursively();
        assertThat(tasks).contains("Offer the freed place in").contains("Follow up").contains("missed sessions");
    }

    @Test
    void adminsCompareEverySiteAndStaffOnlyTheirOwn() {
        logInAs("admin");
        navigateTo("all-sites");
        assertThat(_get(AllSitesView.class).grid.getGenericDataView().getItems().map(SiteComparison::siteName))
                .containsExactly("Bedford", "Greenwich");

        logInAs("amira.khan");
        navigateTo("all-sites");
        assertThat(_get(AllSitesView.class).grid.getGenericDataView().getItems().map(SiteComparison::siteName))
                .containsExactly("Bedford");

        logInAs("olivia.bennett");
        navigateTo("all-sites");
        assertThat(AccessDeniedView.class.isAssignableFrom(currentView())).isTrue();
    }

    @Test
    void theMenuOffersTheComparisonToAdminsAndStaffOfSeveralSitesOnly() {
        logInAs("sam.okafor");
        assertThat(menu()).contains("All sites");
        logInAs("amira.khan");
        assertThat(menu()).doesNotContain("All sites");
    }
}
