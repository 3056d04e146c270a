package uk.nhs.best.referrals.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.referrals.WaitingListQuery;
import uk.nhs.best.referrals.WaitingLists;
import uk.nhs.best.referrals.WaitingPatient;

/**
 * A waiting list loaded page by page from the database; sorting and filtering happen in the
 * query, so a site of 20,000 patients costs one page. Patients past or near their target are
 * highlighted.
 */
class WaitingListGrid extends Grid<WaitingPatient> {

    private static final String REFERRED = "referred";
    private static final String PATIENT = "patient";

    private final transient WaitingLists lists;
    private final String siteCode;
    private WaitingListQuery query;

    WaitingListGrid(WaitingLists lists, String siteCode, WaitingListQuery initial, Consumer<WaitingPatient> open) {
        super(WaitingPatient.class, false);
        this.lists = lists;
        this.siteCode = siteCode;
        this.query = initial;
        addClassName("waiting-list");
        addColumn(WaitingPatient::patientName).setHeader("Patient").setKey(PATIENT).setSortable(true)
                .setAutoWidth(true).setFlexGrow(2);
        addColumn(p -> p.nhsNumber().formatted()).setHeader("NHS number").setAutoWidth(true);
        addColumn(p -> ClinicTime.formatDate(p.referralDate())).setHeader("Referred").setKey(REFERRED)
                .setSortable(true).setAutoWidth(true);
        addColumn(WaitingListGrid::waited).setHeader("Waiting").setAutoWidth(true);
        addColumn(p -> p.stage().label()).setHeader("Stage").setAutoWidth(true);
        addColumn(p -> ClinicTime.formatDate(p.targetDate())).setHeader("Target date").setAutoWidth(true);
        addComponentColumn(WaitingListGrid::badge).setHeader("Target").setKey("target").setAutoWidth(true);
        setPartNameGenerator(p -> switch (p.targetStatus()) {
            case BREACHED -> "breached";
            case DUE_SOON -> "due-soon";
            case ON_TRACK -> null;
        });
        setMultiSort(false);
        sort(List.of(new GridSortOrder<>(getColumnByKey(REFERRED), SortDirection.ASCENDING)));
        setItems(fetch -> lists.page(siteCode, query.withSort(sortOf(fetch.getSortOrders())), fetch.getOffset(),
                        fetch.getLimit()).stream(),
                count -> lists.count(siteCode, query));
        addItemClickListener(click -> open.accept(click.getItem()));
        setEmptyStateText("Nobody is waiting here.");
    }

    void show(WaitingListQuery newQuery) {
        query = newQuery;
        getDataProvider().refreshAll();
    }

    private static WaitingListQuery.Sort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return WaitingListQuery.Sort.LONGEST_WAITING;
        }
        boolean ascending = orders.getFirst().getDirection() == SortDirection.ASCENDING;
        if (PATIENT.equals(orders.getFirst().getSorted())) {
            return ascending ? WaitingListQuery.Sort.NAME_A_TO_Z : WaitingListQuery.Sort.NAME_Z_TO_A;
        }
        return ascending ? WaitingListQuery.Sort.LONGEST_WAITING : WaitingListQuery.Sort.SHORTEST_WAITING;
    }

    /** Days while the wait is short (screening is due within a working day), weeks after that. */
    private static String waited(WaitingPatient patient) {
        long days = patient.daysWaiting();
        if (days < 14) {
            return days == 1 ? "1 day" : days + " days";
        }
        return patient.weeksWaiting() + " weeks";
    }

    private static Span badge(WaitingPatient patient) {
        Span badge = new Span(patient.targetStatus().label());
        badge.addClassNames("target-badge", patient.targetStatus().name().toLowerCase(Locale.UK));
        return badge;
    }
}
