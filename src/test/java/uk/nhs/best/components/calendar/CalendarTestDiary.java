package uk.nhs.best.components.calendar;

import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.nhs.best.common.ClinicTime;

/**
 * Test only: the appointments behind {@link CalendarTestPage}, in this London week and the next,
 * with every range the calendars asked for, and the pages to tell when an entry changes.
 */
@Component
public class CalendarTestDiary {

    /** A range a calendar asked for. */
    public record Request(ZonedDateTime from, ZonedDateTime to) {
    }

    private final Clock clock;
    private final Map<String, CalendarEntry> entries = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final List<Consumer<CalendarEntry>> watchers = new ArrayList<>();

    CalendarTestDiary(Clock clock) {
        this.clock = clock;
        reset();
    }

    /** Monday of this week in London. */
    public LocalDate monday() {
        return ClinicTime.today(clock).with(previousOrSame(DayOfWeek.MONDAY));
    }

    public ZonedDateTime at(int daysFromMonday, int hour, int minute) {
        return monday().plusDays(daysFromMonday).atTime(LocalTime.of(hour, minute)).atZone(ClinicTime.ZONE);
    }

    public final synchronized void reset() {
        entries.clear();
        requests.clear();
        save(new CalendarEntry("olivia", "Assessment: Olivia Bennett", at(1, 9, 0), at(1, 10, 0), "assessment",
                true, "Amira Khan · Room 1"));
        save(new CalendarEntry("pacing", "Group session 2: Pacing", at(2, 14, 0), at(2, 15, 30), "group-session",
                false, "Tom Hughes, Grace Adeyemi · Hall"));
        save(new CalendarEntry("training", "Room 1: staff training", at(3, 10, 0), at(3, 12, 0), "room-booking",
                false, "Room 1"));
        save(new CalendarEntry("james", "Assessment: James Wilson", at(8, 11, 0), at(8, 12, 0), "assessment",
                true, "Tom Hughes · Room 2"));
        save(new CalendarEntry("george", "Assessment: George Evans", at(-364, 9, 0), at(-364, 10, 0), "assessment",
                false, "Amira Khan · Room 1"));
    }

    synchronized List<CalendarEntry> between(ZonedDateTime from, ZonedDateTime to) {
        requests.add(new Request(from, to));
        return entries.values().stream()
                .filter(entry -> entry.start().isBefore(to) && entry.end().isAfter(from))
                .toList();
    }

    /** Another entry at those times, which the move would clash with. */
    synchronized Optional<CalendarEntry> clashWith(String id, ZonedDateTime start, ZonedDateTime end) {
        return entries.values().stream()
                .filter(other -> !other.id().equals(id))
                .filter(other -> other.start().isBefore(end) && other.end().isAfter(start))
                .findFirst();
    }

    /** Saves an entry and tells the open pages, as a booking made elsewhere would. */
    public void book(CalendarEntry entry) {
        List<Consumer<CalendarEntry>> toTell;
        synchronized (this) {
            save(entry);
            toTell = List.copyOf(watchers);
        }
        toTell.forEach(watcher -> watcher.accept(entry));
    }

    synchronized void save(CalendarEntry entry) {
        entries.put(entry.id(), entry);
    }

    public synchronized CalendarEntry get(String id) {
        return entries.get(id);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized Runnable watch(Consumer<CalendarEntry> watcher) {
        watchers.add(watcher);
        return () -> {
            synchronized (this) {
                watchers.remove(watcher);
            }
        };
    }
}
