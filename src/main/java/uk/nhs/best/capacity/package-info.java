/**
 * Capacity planning: a weekly flow model of a site's waiting lists and waits, for the capacity
 * page's forecast and what-if scenarios. Pure JDK, no Spring and no database: the caller fills
 * {@link uk.nhs.best.capacity.ForecastInputs} from the site's history.
 */
package uk.nhs.best.capacity;
