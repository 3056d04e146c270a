package uk.nhs.best.referrals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingLists;

/** The site's screening queue, oldest first (target: screened within 1 working day), and the referrals on hold. */
@Route("sites/:site/screening")
@PageTitle("Screening | BeST portal")
@RolesAllowed("CLINICIAN")
@SiteMenu(title = "Screening", order = 10)
public class ScreeningView extends Main implements BeforeEnterObserver {

    private final transient WaitingLists lists;
    private final transient ReferralDecisions decisions;
    private final Tab queue = new Tab("Awaiting screening");
    private final Tab onHold = new Tab("On hold");
    private final Tabs tabs = new Tabs(queue, onHold);
    private final Div gridHolder = new Div();
    private WaitingListGrid grid;
    private String siteCode;

    public ScreeningView(WaitingLists lists, ReferralDecisions decisions) {
        this.lists = lists;
        this.decisions = decisions;
        addClassName("screening");
        queue.setId("tab-queue");
        onHold.setId("tab-on-hold");
        gridHolder.addClassName("grid-holder");
        tabs.addSelectedChangeListener(event -> showTab());
        add(new H2("Screening"), new Paragraph("Oldest first. Open a referral to accept it, reject it or put it on "
                + "hold for more information."), tabs, gridHolder);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        showTab();
    }

    private void showTab() {
        if (siteCode == null) {
            return;
        }
        PathwayStage stage = tabs.getSelectedTab() == onHold ? PathwayStage.ON_HOLD : PathwayStage.AWAITING_SCREENING;
        grid = new WaitingListGrid(lists, siteCode, WaitingListQuery.of(WaitingList.AWAITING_SCREENING).withStage(stage),
                patient -> new ScreeningDialog(decisions, patient, this::refresh).open());
        gridHolder.removeAll();
        gridHolder.add(grid);
        refreshCounts();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCounts();
    }

    private void refreshCounts() {
        WaitingListQuery screening = WaitingListQuery.of(WaitingList.AWAITING_SCREENING);
        queue.setLabel("Awaiting screening (" + lists.count(siteCode, screening.withStage(PathwayStage.AWAITING_SCREENING))
                + ")");
        onHold.setLabel("On hold (" + lists.count(siteCode, screening.withStage(PathwayStage.ON_HOLD)) + ")");
    }
}
