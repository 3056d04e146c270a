package uk.nhs.best.capacity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import uk.nhs.best.capacity.CapacityPlan;
import uk.nhs.best.capacity.CapacityPlan.AssessingClinician;
import uk.nhs.best.capacity.CapacityPlanning;
import uk.nhs.best.capacity.Forecast;
import uk.nhs.best.capacity.ForecastWeek;
import uk.nhs.best.capacity.PlannedProgramme;
import uk.nhs.best.capacity.Scenario;
import uk.nhs.best.capacity.WhatIf;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.components.DateFields;
import uk.nhs.best.components.Figure;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.components.SvgChart;

/**
 * A site's capacity: past demand, supply to come, and the 26-week forecast of its waiting lists,
 * with what-ifs that are worked out at once from the figures loaded when the page opened.
 */
@Route("sites/:site/capacity")
@RolesAllowed("SITE_MANAGER")
@SiteMenu(title = "Capacity", order = 50)
public class CapacityView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM", ClinicTime.LOCALE);
    private static final String BASELINE_COLOUR = "var(--lumo-primary-color)";
    private static final String GROUP_COLOUR = "#ae2573";

    private final transient CapacityPlanning planning;
    private transient CapacityPlan plan;
    private transient WhatIf whatIf;
    private String title = "Capacity | BeST portal";

    // What-if controls; the scenario is rebuilt from them on every change.
    private final NumberField referrals = new NumberField("Expected referrals per week");
    private final Select<AssessingClinician> clinician = new Select<>();
    private final NumberField clinicianHours = new NumberField("Assessment hours a week");
    private final Map<Long, Double> changedHours = new HashMap<>();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final DatePicker streamFrom = DateFields.datePicker("First programme on or after");
    private final List<Scenario.RecurringProgramme> streams = new ArrayList<>();
    private final Paragraph streamList = new Paragraph();
    private final MultiSelectComboBox<PlannedProgramme> removed = new MultiSelectComboBox<>("Planned programmes not run");
    private final IntegerField groupSize = new IntegerField("Group size");

    private final Div forecastCharts = new Div();
    private final Div breaches = new Div();
    private final Grid<WeekPair> table = new Grid<>();
    private final Anchor download;

    public CapacityView(CapacityPlanning planning) {
        this.planning = planning;
        addClassName("capacity-view");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = planning.csv(plan, whatIf).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "capacity-" + plan.siteCode() + ".csv",
                    "text/csv", csv.length);
        }), "Download the table (CSV)");
        download.setId("capacity-csv");
        configureControls();
        configureTable();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        plan = planning.plan(event.getRouteParameters().get("site").orElseThrow());
        title = "Capacity: " + plan.siteName() + " | BeST portal";
        removeAll();
        clinician.setItems(plan.clinicians());
        removed.setItems(plan.programmes());
        groupSize.setMin(plan.inputs().groupSize().min());
        groupSize.setMax(plan.inputs().groupSize().max());
        groupSize.setHelperText("From " + plan.inputs().groupSize().min() + " to " + plan.inputs().groupSize().max()
                + "; empty keeps each programme's places");
        streamFrom.setMin(plan.inputs().firstWeek());
        reset();
        add(new H2("Capacity: " + plan.siteName()), new Paragraph("The forecast for the next "
                + CapacityPlanning.WEEKS + " weeks from the week of " + ClinicTime.formatDate(plan.inputs().firstWeek())
                + ", worked out from this site's own history. Try a change below and the forecast follows at once."),
                demand(), supply(), whatIfControls(), forecast(), rates());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Section demand() {
        CapacityPlan.Demand demand = plan.demand();
        List<String> weeks = IntStream.range(0, demand.referralsPerWeek().size())
                .mapToObj(i -> SHORT_DATE.format(demand.firstWeek().plusWeeks(i))).toList();
        SvgChart chart = new SvgChart("Referrals per week over the last " + weeks.size() + " weeks")
                .series("Referrals", demand.referralsPerWeek(), SvgChart.Style.BARS, "var(--lumo-contrast-30pct)")
                .labels(weeks, 4);
        if (!demand.trend().isEmpty()) {
            chart.series("Trend", demand.trend(), SvgChart.Style.LINE, BASELINE_COLOUR);
        }
        chart.draw();
        Forecast.Referrals line = plan.baseline().referrals();
        int total = demand.referralsPerWeek().stream().mapToInt(Integer::intValue).sum();
        String trend = switch (line.source()) {
            case NO_HISTORY -> "There are no past referrals, so none are expected.";
            case TREND, SCENARIO -> String.format(ClinicTime.LOCALE, "The trend expects %.1f this week, %s.",
                    line.firstWeek(), Math.abs(line.changePerWeek()) < 0.05 ? "steady"
                            : String.format(ClinicTime.LOCALE, "%s by %.1f a week",
                                    line.changePerWeek() > 0 ? "rising" : "falling", Math.abs(line.changePerWeek())));
        };
        Section section = new Section(new H3("Demand"), new Paragraph(total + " referrals in the last "
                + weeks.size() + " weeks (" + String.format(ClinicTime.LOCALE, "%.1f", total / (double) Math.max(1,
                weeks.size())) + " a week). " + trend), chart);
        section.setId("capacity-demand");
        return section;
    }

    private Section supply() {
        CapacityPlan.Supply supply = plan.supply();
        CapacityPlan.WeekHours thisWeek = supply.comingWeeks().getFirst();
        Div figures = new Div(
                new Figure("Assessment hours a week", hours(supply.weeklyHours()),
                        plan.clinicians().size() + " clinicians' working hours at the site"),
                new Figure("Booked this week", hours(thisWeek.booked()), hours(thisWeek.free()) + " still free"),
                new Figure("Group places planned", supply.places(), supply.openPlaces() + " not yet taken"));
        figures.addClassName("figures");
        Paragraph coming = new Paragraph("Assessment hours booked in the coming weeks: " + String.join("; ",
                supply.comingWeeks().stream().map(w -> "week of " + ClinicTime.formatDate(w.week()) + " "
                        + hours(w.booked()) + " booked, " + hours(w.free()) + " free").toList()) + ".");
        Section section = new Section(new H3("Supply"), figures, coming);
        section.setId("capacity-supply");
        return section;
    }

    private Section whatIfControls() {
        Button addStream = new Button("Add programmes", event -> addStream());
        addStream.setId("add-programmes");
        Button reset = new Button("Reset to baseline", event -> reset());
        reset.setId("reset-scenario");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div referralRow = new Div(referrals, groupSize);
        Div clinicianRow = new Div(clinician, clinicianHours);
        Div streamRow = new Div(weekday, streamFrom, addStream);
        Div removeRow = new Div(removed);
        for (Div row : List.of(referralRow, clinicianRow, streamRow, removeRow)) {
            row.addClassName("capacity-controls");
        }
        Section section = new Section(new H3("What if…"), referralRow, clinicianRow, streamRow, streamList, removeRow,
                reset);
        section.setId("capacity-what-if");
        return section;
    }

    private Section forecast() {
        Section section = new Section(new H3("Forecast"), breaches, forecastCharts, table, download);
        section.setId("capacity-forecast");
        return section;
    }

    private Section rates() {
        Forecast.Rates rates = plan.baseline().rates();
        Grid<RateRow> grid = new Grid<>();
        grid.addColumn(RateRow::label).setHeader("Rate").setAutoWidth(true);
        grid.addColumn(row -> percent(row.rate().value())).setHeader("Used").setAutoWidth(true);
        grid.addColumn(row -> row.rate().observed()
                ? "This site: " + row.rate().events() + " of " + row.rate().outOf()
                : "Standard figure (only " + row.rate().outOf() + " cases here)").setHeader("From");
        grid.setItems(List.of(new RateRow("Accepted at screening", rates.acceptance()),
                new RateRow("Suitable for a group", rates.suitable()),
                new RateRow("Missed assessments (DNA)", rates.assessmentDna()),
                new RateRow("Did not complete a group", rates.dropOut()),
                new RateRow("Missed group sessions (DNA)", rates.sessionDna())));
        grid.setAllRowsVisible(true);
        grid.setId("capacity-rates");
        Section section = new Section(new H3("Rates used"), new Paragraph("Each rate is this site's own over the "
                + "last 26 weeks, or a standard figure typical of BeST services when fewer than 20 cases lie "
                + "behind it."), grid);
        section.setId("capacity-rates-section");
        return section;
    }

    private void configureControls() {
        referrals.setId("what-if-referrals");
        referrals.setMin(0);
        referrals.setHelperText("Empty follows the trend");
        referrals.setClearButtonVisible(true);
        referrals.addValueChangeListener(event -> recompute());

        clinician.setLabel("Clinician");
        clinician.setItemLabelGenerator(AssessingClinician::name);
        clinician.addValueChangeListener(event -> {
            AssessingClinician chosen = event.getValue();
            clinicianHours.setEnabled(chosen != null);
            clinicianHours.setValue(chosen == null ? null : changedHours.getOrDefault(chosen.id(), chosen.weeklyHours()));
        });
        clinicianHours.setId("what-if-clinician-hours");
        clinicianHours.setMin(0);
        clinicianHours.setMax(60);
        clinicianHours.setEnabled(false);
        clinicianHours.setHelperText("From this week");
        clinicianHours.addValueChangeListener(event -> {
            if (clinician.getValue() != null && event.getValue() != null && event.getValue() >= 0) {
                changedHours.put(clinician.getValue().id(), event.getValue());
                recompute();
            }
        });

        weekday.setLabel("New programme every 6 weeks on");
        weekday.setItems(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, ClinicTime.LOCALE));
        streamList.setId("what-if-streams");

        removed.setId("what-if-removed");
        removed.setItemLabelGenerator(p -> p.name() + " (" + ClinicTime.formatDate(p.start()) + ")");
        removed.addValueChangeListener(event -> recompute());

        groupSize.setId("what-if-group-size");
        groupSize.setStepButtonsVisible(true);
        groupSize.setClearButtonVisible(true);
        groupSize.addValueChangeListener(event -> recompute());
    }

    private void configureTable() {
        table.setId("capacity-table");
        table.addColumn(row -> ClinicTime.formatDate(row.baseline().weekStart())).setHeader("Week beginning")
                .setAutoWidth(true).setFrozen(true);
        pair("Referrals", ForecastWeek::arrivals);
        pair("Assessment hours", ForecastWeek::assessmentCapacity);
        pair("Assessment list", ForecastWeek::assessmentList);
        pair("Group places", ForecastWeek::groupPlaces);
        pair("Group list", ForecastWeek::groupList);
        pair("Assessment wait", week -> week.assessmentWait().describe());
        pair("Group wait", week -> week.groupWait().describe());
        table.setAllRowsVisible(true);
    }

    private void pair(String header, Function<ForecastWeek, Object> value) {
        table.addColumn(row -> value.apply(row.baseline())).setHeader(header).setAutoWidth(true);
        table.addColumn(row -> value.apply(row.scenario())).setHeader(header + " (what-if)").setAutoWidth(true);
    }

    private void addStream() {
        if (weekday.getValue() == null || streamFrom.getValue() == null) {
            weekday.setInvalid(weekday.getValue() == null);
            weekday.setErrorMessage("Choose a weekday.");
            streamFrom.setInvalid(streamFrom.getValue() == null);
            streamFrom.setErrorMessage("Choose the first date.");
            return;
        }
        weekday.setInvalid(false);
        streams.add(new Scenario.RecurringProgramme(weekday.getValue(), streamFrom.getValue(), Optional.empty()));
        recompute();
    }

    private void reset() {
        changedHours.clear();
        streams.clear();
        referrals.clear();
        clinician.clear();
        clinicianHours.clear();
        weekday.clear();
        streamFrom.clear();
        removed.clear();
        groupSize.clear();
        recompute();
    }

    private Scenario scenario() {
        Scenario scenario = Scenario.BASELINE;
        if (referrals.getValue() != null && referrals.getValue() >= 0) {
            scenario = scenario.withReferralsPerWeek(referrals.getValue());
        }
        LocalDate thisWeek = plan.inputs().firstWeek();
        for (Map.Entry<Long, Double> change : changedHours.entrySet()) {
            scenario = scenario.withClinicianHours(change.getKey(), thisWeek, change.getValue());
        }
        for (Scenario.RecurringProgramme stream : streams) {
            scenario = scenario.withRecurringProgramme(stream.weekday(), stream.from());
        }
        for (PlannedProgramme programme : removed.getValue()) {
            scenario = scenario.withoutProgramme(programme.id());
        }
        Integer size = groupSize.getValue();
        if (size != null && size >= plan.inputs().groupSize().min() && size <= plan.inputs().groupSize().max()) {
            scenario = scenario.withGroupSize(size);
        }
        return scenario;
    }

    /** Works the what-if out again from the loaded figures (no database reads) and redraws the forecast. */
    private void recompute() {
        if (plan == null) {
            return;
        }
        whatIf = planning.whatIf(plan, scenario());
        streamList.setText(streams.isEmpty() ? "" : "Added: " + String.join("; ", streams.stream()
                .map(s -> "every 6 weeks on " + s.weekday().getDisplayName(TextStyle.FULL, ClinicTime.LOCALE)
                        + " from " + ClinicTime.formatDate(s.from())).toList()) + ".");
        breaches.removeAll();
        breaches.add(breachText("Baseline", whatIf.baseline()), breachText("What-if", whatIf.forecast()));
        forecastCharts.removeAll();
        List<ForecastWeek> base = whatIf.baseline().weeks();
        List<ForecastWeek> what = whatIf.forecast().weeks();
        List<String> labels = base.stream().map(w -> SHORT_DATE.format(w.weekStart())).toList();
        forecastCharts.add(new SvgChart("Waiting lists, next " + base.size() + " weeks: baseline and what-if")
                .series("Assessment list", base.stream().map(ForecastWeek::assessmentList).toList(),
                        SvgChart.Style.LINE, BASELINE_COLOUR)
                .series("Assessment list (what-if)", what.stream().map(ForecastWeek::assessmentList).toList(),
                        SvgChart.Style.DASHED_LINE, BASELINE_COLOUR)
                .series("Group list", base.stream().map(ForecastWeek::groupList).toList(), SvgChart.Style.LINE,
                        GROUP_COLOUR)
                .series("Group list (what-if)", what.stream().map(ForecastWeek::groupList).toList(),
                        SvgChart.Style.DASHED_LINE, GROUP_COLOUR)
                .labels(labels, 4).draw());
        table.setItems(IntStream.range(0, base.size()).mapToObj(w -> new WeekPair(base.get(w), what.get(w))).toList());
    }

    private Div breachText(String which, Forecast forecast) {
        Div text = new Div(new Paragraph(which + ": " + breach("Assessment", forecast.targets().assessmentWeeks(),
                forecast.assessmentBreach())), new Paragraph(which + ": " + breach("Group",
                forecast.targets().groupWeeks(), forecast.groupBreach())));
        text.setId("breach-" + which.toLowerCase(Locale.UK));
        text.addClassName("capacity-breaches");
        return text;
    }

    private static String breach(String target, int weeks, Optional<LocalDate> week) {
        String name = target + " target (" + weeks + " weeks)";
        return week.map(monday -> name + " first breached for patients referred in the week of "
                + ClinicTime.formatDate(monday) + ".")
                .orElse(name + " not breached in the next " + CapacityPlanning.WEEKS + " weeks.");
    }

    private static String hours(double hours) {
        return (hours == Math.rint(hours) ? Long.toString(Math.round(hours))
                : String.format(ClinicTime.LOCALE, "%.1f", hours)) + " h";
    }

    private static String percent(double rate) {
        return String.format(ClinicTime.LOCALE, "%.0f%%", rate * 100);
    }

    private record WeekPair(ForecastWeek baseline, ForecastWeek scenario) {
    }

    private record RateRow(String label, Forecast.Rate rate) {
    }
}
