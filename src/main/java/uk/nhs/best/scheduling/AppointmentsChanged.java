package uk.nhs.best.scheduling;

/** Published when a site's appointments change, so open calendars of that site can redraw. */
public record AppointmentsChanged(long siteId) {
}
