package uk.nhs.best.components.calendar;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.nhs.best.common.ClinicTime;

/**
 * A day, week, month and list calendar (FullCalendar, MIT plugins only) in en-GB and London time,
 * whatever the browser's language and zone. It asks its {@link CalendarEntryProvider} for the
 * visible range only; the user's selections, clicks and moves reach the listeners here, and a move
 * stands only if no listener refuses it.
 * <p>
 * The npm versions are pinned exactly, one FullCalendar version for all its packages: the
 * committed frontend bundles are built from them (see docs/decisions/0001-frontend-toolchain.md).
 */
@Tag("best-calendar")
@JsModule("./calendar/best-calendar.ts")
@NpmPackage(value = "@fullcalendar/core", version = ClinicCalendar.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/daygrid", version = ClinicCalendar.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/timegrid", version = ClinicCalendar.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/list", version = ClinicCalendar.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/interaction", version = ClinicCalendar.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/luxon3", version = ClinicCalendar.FULLCALENDAR)
@NpmPackage(value = "luxon", version = "3.7.2")
@StyleSheet("styles/calendar.css")
public class ClinicCalendar extends Component {

    static final String FULLCALENDAR = "6.1.21";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The calendar's views, by FullCalendar's names. */
    public enum View {
        DAY("timeGridDay"), WEEK("timeGridWeek"), MONTH("dayGridMonth"), LIST("listWeek");

        private final String clientName;

        View(String clientName) {
            this.clientName = clientName;
        }
    }

    /** An entry as the browser receives it; times carry their London offset. */
    record ClientEntry(String id, String title, String start, String end, List<String> classNames,
                       boolean editable, String detail) {
    }

    /** Business hours as FullCalendar takes them: days 0 (Sunday) to 6. */
    record ClientHours(List<Integer> daysOfWeek, String startTime, String endTime) {
    }

    private CalendarEntryProvider provider = (from, to) -> List.of();
    // What the browser shows now, so clicks and moves name a real entry and know its old times.
    private final Map<String, CalendarEntry> shown = new HashMap<>();

    public ClinicCalendar() {
        setView(View.WEEK);
        setSlotRange(LocalTime.of(7, 0), LocalTime.of(20, 0));
    }

    /** Where the entries come from; the calendar asks again at once. */
    public void setEntryProvider(CalendarEntryProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
        refresh();
    }

    /** Asks the provider again for what is on screen, e.g. after someone else booked. */
    public void refresh() {
        callWhenShown("refetch");
    }

    public void setView(View view) {
        getElement().setProperty("initialView", view.clientName);
        callWhenShown("changeView", view.clientName);
    }

    /** Shows the day, week or month around {@code date}. */
    public void gotoDate(LocalDate date) {
        getElement().setProperty("initialDate", date.toString());
        callWhenShown("gotoDate", date.toString());
    }

    // Before it is shown, the properties are enough: the browser's calendar starts from them.
    private void callWhenShown(String function, Serializable... arguments) {
        if (isAttached()) {
            getElement().callJsFunction(function, arguments);
        }
    }

    /** The times of day the day and week views show, e.g. 07:00 to 20:00. */
    public void setSlotRange(LocalTime from, LocalTime to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The calendar's day must end after it starts");
        }
        getElement().setProperty("slotMinTime", from.toString());
        getElement().setProperty("slotMaxTime", to.toString());
    }

    /** The time shown unshaded; none given means no shading. */
    public void setBusinessHours(List<BusinessHours> hours) {
        getElement().setPropertyList("businessHours", hours.stream()
                .map(h -> new ClientHours(h.days().stream().map(ClinicCalendar::clientDay).sorted().toList(),
                        h.start().toString(), h.end().toString()))
                .toList());
    }

    /** Lets the user click or drag over free time; without a listener nothing can be selected. */
    public Registration addDateSelectionListener(ComponentEventListener<DateSelectionEvent> listener) {
        getElement().setProperty("selectable", true);
        return addListener(DateSelectionEvent.class, listener);
    }

    public Registration addEntryClickListener(ComponentEventListener<EntryClickEvent> listener) {
        return addListener(EntryClickEvent.class, listener);
    }

    /**
     * Lets the user drag and resize editable entries; the listener saves the move or
     * {@link EntryMoveEvent#refuse refuses} it. Without a listener nothing can be moved.
     */
    public Registration addEntryMoveListener(ComponentEventListener<EntryMoveEvent> listener) {
        getElement().setProperty("movable", true);
        return addListener(EntryMoveEvent.class, listener);
    }

    @ClientCallable
    List<ClientEntry> fetchEntries(String from, String to) {
        List<CalendarEntry> entries = provider.entriesBetween(parse(from), parse(to));
        shown.clear();
        entries.forEach(entry -> shown.put(entry.id(), entry));
        return entries.stream().map(ClinicCalendar::toClient).toList();
    }

    @ClientCallable
    void selectRange(String start, String end, boolean allDay) {
        fireEvent(new DateSelectionEvent(this, parse(start), parse(end), allDay));
    }

    @ClientCallable
    void clickEntry(String id) {
        CalendarEntry entry = shown.get(id);
        if (entry != null) {
            fireEvent(new EntryClickEvent(this, entry));
        }
    }

    /** True if the move stands; false makes the browser put the entry back. */
    @ClientCallable
    boolean moveEntry(String id, String start, String end) {
        CalendarEntry entry = shown.get(id);
        // The browser only offers editable entries, but what it sends is checked all the same.
        if (entry == null || !entry.editable() || !hasListener(EntryMoveEvent.class)) {
            return refuse("This entry can't be moved.");
        }
        ZonedDateTime newStart = parse(start);
        ZonedDateTime newEnd = parse(end);
        EntryMoveEvent move = new EntryMoveEvent(this, entry, newStart, newEnd);
        fireEvent(move);
        if (move.isRefused()) {
            return refuse(move.refusal());
        }
        shown.put(id, entry.movedTo(newStart, newEnd));
        return true;
    }

    private static boolean refuse(String reason) {
        Notification notification = Notification.show(reason, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("calendar-refusal");
        return false;
    }

    private static ClientEntry toClient(CalendarEntry entry) {
        return new ClientEntry(entry.id(), entry.title(), ISO.format(entry.start()), ISO.format(entry.end()),
                List.of("best-kind-" + entry.kind()), entry.editable(), entry.detail());
    }

    /**
     * FullCalendar's dates: a day ({@code 2026-11-23}), or a time with the London offset
     * ({@code 2026-11-23T09:00:00Z}, {@code ...+01:00}); without one, London time is meant.
     */
    static ZonedDateTime parse(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(ClinicTime.ZONE);
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(ClinicTime.ZONE);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(value).atZone(ClinicTime.ZONE);
        }
    }

    private static int clientDay(DayOfWeek day) {
        return day.getValue() % 7;
    }
}
