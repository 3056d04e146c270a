package uk.nhs.best.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.best.common.BankHolidays;
import uk.nhs.best.common.ClinicTime;

/** The dates of a weekly series: a session that falls on a bank holiday moves to the next free week. */
public final class ProgrammeSeries {

    public static final int SESSIONS = 6;
    public static final int MINUTES = 90;

    private ProgrammeSeries() {
    }

    public record SeriesDate(int number, LocalDate date, String note) {
    }

    public static List<SeriesDate> dates(LocalDate firstDate, DayOfWeek day) {
        List<SeriesDate> dates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        LocalDate date = firstDate.with(TemporalAdjusters.nextOrSame(day));
        while (dates.size() < SESSIONS) {
            Optional<String> holiday = BankHolidays.on(date);
            if (holiday.isPresent()) {
                skipped.add(ClinicTime.formatDate(date) + " is " + holiday.get());
            } else {
                String note = skipped.isEmpty() ? null : "Moved " + (skipped.size() == 1 ? "a week" : skipped.size()
                        + " weeks") + " later: " + String.join("; ", skipped) + ".";
                dates.add(new SeriesDate(dates.size() + 1, date, note));
                skipped.clear();
            }
            date = date.plusWeeks(1);
        }
        return dates;
    }

    /** E.g. "Tuesdays 10:00 from 12/01/2027". */
    public static String name(DayOfWeek day, LocalTime start, LocalDate firstSession) {
        return day.getDisplayName(TextStyle.FULL, ClinicTime.LOCALE) + "s " + ClinicTime.TIME.format(start) + " from "
                + ClinicTime.formatDate(firstSession);
    }
}
