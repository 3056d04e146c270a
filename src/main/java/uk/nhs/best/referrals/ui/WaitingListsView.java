package uk.nhs.best.referrals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.referrals.TargetStatus;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingLists;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.Role;

/** The site's three waiting lists, with each patient's wait against the site's targets. */
@Route("sites/:site/waiting-lists")
@PageTitle("Waiting lists | BeST portal")
@RolesAllowed({"CLINICIAN", "SITE_MANAGER"})
@SiteMenu(title = "Waiting lists", order = 30)
public class WaitingListsView extends Main implements BeforeEnterObserver {

    private final transient WaitingLists lists;
    private final transient CurrentUser currentUser;
    private final Tabs tabs = new Tabs();
    private final List<Tab> tabList = new ArrayList<>();
    private final TextField search = new TextField();
    private final Select<TargetStatus> target = new Select<>();
    private final Paragraph targetNote = new Paragraph();
    private final Div gridHolder = new Div();
    private WaitingListGrid grid;
    private String siteCode;

    public WaitingListsView(WaitingLists lists, CurrentUser currentUser) {
        this.lists = lists;
        this.currentUser = currentUser;
        addClassName("waiting-lists");
        for (WaitingList list : WaitingList.values()) {
            Tab tab = new Tab(list.label());
            tab.setId("tab-" + WaitingListQuery.linkName(list));
            tabList.add(tab);
            tabs.add(tab);
        }
        search.setPlaceholder("Name or NHS number");
        search.setAriaLabel("Search the list");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        target.setAriaLabel("Target");
        target.setItems(TargetStatus.values());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption("Everyone");
        target.setItemLabelGenerator(status -> status == null ? "Everyone" : status.label());
        target.addValueChangeListener(event -> refresh());
        tabs.addSelectedChangeListener(event -> showList());
        targetNote.addClassName("target-note");
        gridHolder.addClassName("grid-holder");
        Div filters = new Div(search, target);
        filters.addClassName("filters");
        add(new H2("Waiting lists"), tabs, targetNote, filters, gridHolder);
    }

    /** Dashboards link to a list and a target state: see {@link WaitingListQuery#link}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = null;
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameter(parameters, "list", WaitingList.values())
                .ifPresent(list -> tabs.setSelectedTab(tabList.get(list.ordinal())));
        parameter(parameters, "target", TargetStatus.values()).ifPresent(target::setValue);
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        showList();
    }

    private static <E extends Enum<E>> Optional<E> parameter(Map<String, List<String>> parameters, String name,
                                                             E[] values) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst()
                .flatMap(value -> Arrays.stream(values).filter(v -> WaitingListQuery.linkName(v).equals(value)).findFirst());
    }

    private WaitingList selectedList() {
        return WaitingList.values()[Math.max(0, tabList.indexOf(tabs.getSelectedTab()))];
    }

    private void showList() {
        if (siteCode == null) {
            return;
        }
        WaitingList list = selectedList();
        boolean clinician = currentUser.require().hasRole(Role.CLINICIAN);
        grid = new WaitingListGrid(lists, siteCode, query(list), patient -> {
            if (clinician) {
                getUI().ifPresent(ui -> ui.navigate("patients/" + patient.patientId()));
            }
        });
        gridHolder.removeAll();
        gridHolder.add(grid);
        targetNote.setText("Target: " + (list.usesGroupTarget() ? "a group programme" : "assessment") + " within "
                + lists.targetWeeks(siteCode, list) + " weeks of the referral date.");
        updateCounts();
    }

    private WaitingListQuery query(WaitingList list) {
        return WaitingListQuery.of(list).withText(search.getValue()).withTarget(target.getValue());
    }

    private void refresh() {
        if (grid != null) {
            grid.show(query(selectedList()));
            updateCounts();
        }
    }

    /** Each tab shows how many are on its list (with the current filters). */
    private void updateCounts() {
        for (WaitingList list : WaitingList.values()) {
            tabList.get(list.ordinal()).setLabel(list.label() + " (" + lists.count(siteCode, query(list)) + ")");
        }
    }
}
