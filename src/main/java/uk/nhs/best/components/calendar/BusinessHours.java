package uk.nhs.best.components.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * Working hours shown unshaded on a {@link ClinicCalendar}, e.g. a clinician's sessions; time
 * outside every {@code BusinessHours} is shaded.
 */
public record BusinessHours(Set<DayOfWeek> days, LocalTime start, LocalTime end) implements Serializable {

    public BusinessHours {
        days = Set.copyOf(days);
        if (days.isEmpty() || !end.isAfter(start)) {
            throw new IllegalArgumentException("Business hours need days and must end after they start");
        }
    }

    /** Monday to Friday, from {@code start} to {@code end}. */
    public static BusinessHours weekdays(LocalTime start, LocalTime end) {
        return new BusinessHours(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), start, end);
    }
}
