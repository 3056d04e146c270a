/** The calendar component, part of the components module's API. */
@NamedInterface("calendar")
package uk.nhs.best.components.calendar;

import org.springframework.modulith.NamedInterface;
