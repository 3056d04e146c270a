package uk.nhs.best.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The clinic's idea of time: every site runs on UK time and speaks en-GB, whatever the server's
 * or the browser's settings.
 */
public final class ClinicTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final Locale LOCALE = Locale.UK;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", LOCALE);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", LOCALE);

    private ClinicTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
