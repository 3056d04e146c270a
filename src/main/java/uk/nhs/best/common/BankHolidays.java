package uk.nhs.best.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * England and Wales bank holidays, worked out from the rules (so any year works offline), plus
 * the one-off changes proclaimed so far. A holiday on a weekend gives a substitute weekday.
 */
public final class BankHolidays {

    /** Proclaimed changes: the days added, and the regular days they replaced. */
    private static final Map<LocalDate, String> ONE_OFF_ADDED = Map.of(
            LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)",
            LocalDate.of(2022, 6, 2), "Spring bank holiday",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday",
            LocalDate.of(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");
    private static final Set<LocalDate> ONE_OFF_MOVED = Set.of(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));

    private BankHolidays() {
    }

    /** The holiday's name if {@code date} is a bank holiday in England and Wales. */
    public static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** Every bank holiday of the year, in date order. */
    public static Map<LocalDate, String> of(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(weekday(LocalDate.of(year, 1, 1)), "New Year's Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday");
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate christmasOff = weekday(christmas);
        days.put(christmasOff, "Christmas Day");
        LocalDate boxingOff = weekday(christmas.plusDays(1));
        days.put(boxingOff.equals(christmasOff) ? boxingOff.plusDays(1) : boxingOff, "Boxing Day");
        days.keySet().removeIf(ONE_OFF_MOVED::contains);
        ONE_OFF_ADDED.forEach((day, name) -> {
            if (day.getYear() == year) {
                days.put(day, name);
            }
        });
        return days;
    }

    /** The day itself, or the Monday after when it falls on a weekend. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
